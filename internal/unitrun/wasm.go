package unitrun

import (
	"go/build"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ssrlint/ssrlint/internal/browserbuild"
	"github.com/ssrlint/ssrlint/internal/vettool"
)

// Client code often builds only for the browser (every file `//go:build
// js && wasm`, or named *_js.go, *_wasm.go), so the native go list never
// sees it: a package whose files are all excluded is dropped from a
// "./..." pattern (or fails, named alone), and a package's browser-only
// files are among its IgnoredGoFiles. Those packages get a second pass
// under wasmEnv; when there are none, nothing more runs.
var wasmEnv = []string{"GOOS=js", "GOARCH=wasm"}

// wasmTargets returns the directories of the packages of the patterns
// that have files the native build excluded and the browser build
// compiles: listed packages of the main module with such ignored files or
// excluded altogether, and directories under the patterns' "dir/..."
// wildcards that the native listing dropped.
func wasmTargets(pkgs []*listed, patterns []string) []string {
	listedDirs := map[string]bool{}
	var dirs []string
	for _, p := range pkgs {
		listedDirs[p.Dir] = true
		if p.DepOnly || p.Standard || p.Module == nil || !p.Module.Main {
			continue
		}
		if excludedNatively(p) || slices.ContainsFunc(p.IgnoredGoFiles, func(name string) bool {
			return !strings.HasSuffix(name, "_test.go") && browserbuild.Includes(filepath.Join(p.Dir, name))
		}) {
			dirs = append(dirs, p.Dir)
		}
	}
	for _, root := range wildcardDirs(patterns) {
		for _, dir := range goDirs(root) {
			if !listedDirs[dir] && browserbuild.HasFiles(dir) {
				dirs = append(dirs, dir)
			}
		}
	}
	return dirs
}

// excludedNatively reports whether the native build excludes every file
// of p (go list's error for a package named alone).
func excludedNatively(p *listed) bool {
	return p.Error != nil && strings.Contains(p.Error.Err, "build constraints exclude all Go files")
}

// wildcardDirs returns the directories of the patterns that are
// file-system paths ending in "/..." ("./...", "./web/...").
func wildcardDirs(patterns []string) []string {
	var dirs []string
	for _, pat := range patterns {
		if root, ok := wildcardRoot(pat); ok {
			if abs, err := filepath.Abs(root); err == nil {
				dirs = append(dirs, abs)
			}
		}
	}
	return dirs
}

// wildcardRoot returns the directory of a pattern that is a file-system
// path ending in "/...".
func wildcardRoot(pat string) (string, bool) {
	root, ok := strings.CutSuffix(pat, "/...")
	return root, ok && (build.IsLocalImport(root) || filepath.IsAbs(root))
}

// skippedByWildcard reports whether a "..." pattern leaves out the
// directory of that name (and what it holds), as the go command does.
func skippedByWildcard(name string) bool {
	return name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// goDirs returns the directories under root that hold .go files, skipping
// what the go command skips in a "..." pattern: testdata, vendor, names
// starting with "." or "_", and nested modules.
func goDirs(root string) []string {
	var dirs []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error { //nolint:errcheck // unreadable directories are skipped
		if err != nil {
			return fs.SkipDir
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (skippedByWildcard(name) || isFile(filepath.Join(path, "go.mod"))) {
				return fs.SkipDir
			}
			return nil
		}
		if dir := filepath.Dir(path); strings.HasSuffix(path, ".go") && !slices.Contains(dirs, dir) {
			dirs = append(dirs, dir)
		}
		return nil
	})
	return dirs
}

func isFile(name string) bool {
	info, err := os.Stat(name)
	return err == nil && !info.IsDir()
}

// wasmListArgs is listArgs for the browser pass over dirs.
func wasmListArgs(inv vettool.Invocation, dirs []string) []string {
	return listArgs(vettool.Invocation{BuildFlags: inv.BuildFlags, Patterns: dirs})
}

// withoutExcluded drops the packages of pkgs that the browser pass
// analyzes and the native build excludes altogether: their native
// failure is not one.
func withoutExcluded(pkgs []*listed, wasmDirs []string) []*listed {
	return slices.DeleteFunc(pkgs, func(p *listed) bool {
		return excludedNatively(p) && slices.Contains(wasmDirs, p.Dir)
	})
}
