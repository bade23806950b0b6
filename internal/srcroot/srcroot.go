// Package srcroot finds the root that reported paths are relative to: the
// repository's top level, so that SARIF results, GitHub annotations and
// baseline entries name the same file wherever in the tree ssrlint runs.
package srcroot

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Find returns the root for dir: the git top level when dir is in a git
// work tree, else the directory of the main module's go.mod, else dir.
func Find(dir string) string {
	if top, ok := gitTopLevel(dir); ok {
		return top
	}
	if mod, ok := moduleRoot(dir); ok {
		return mod
	}
	return dir
}

func gitTopLevel(dir string) (string, bool) {
	cmd := exec.Command("git", "rev-parse", "--show-toplevel")
	cmd.Dir = dir
	out, err := cmd.Output()
	top := string(bytes.TrimSpace(out))
	if err != nil || top == "" {
		return "", false
	}
	return filepath.FromSlash(top), true
}

func moduleRoot(dir string) (string, bool) {
	cmd := exec.Command("go", "env", "GOMOD")
	cmd.Dir = dir
	out, err := cmd.Output()
	gomod := string(bytes.TrimSpace(out))
	if err != nil || gomod == "" || gomod == os.DevNull {
		return "", false
	}
	return filepath.Dir(gomod), true
}

// Rel returns file relative to root with forward slashes, and whether file
// is below root. Both are also compared with symbolic links resolved: git
// reports the physical top level while the go command reports files under
// the directory as it was named (/tmp and /private/tmp on macOS).
func Rel(root, file string) (string, bool) {
	if rel, ok := below(root, file); ok {
		return rel, true
	}
	realRoot, err1 := filepath.EvalSymlinks(root)
	realFile, err2 := filepath.EvalSymlinks(file)
	if err1 == nil && err2 == nil {
		if rel, ok := below(realRoot, realFile); ok {
			return rel, true
		}
	}
	return filepath.ToSlash(file), false
}

func below(root, file string) (string, bool) {
	rel, err := filepath.Rel(root, file)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}
