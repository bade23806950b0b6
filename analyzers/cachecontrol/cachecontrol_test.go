package cachecontrol_test

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/ssrlint/ssrlint/analyzers/cachecontrol"
)

func Test(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), cachecontrol.Analyzer, "example.com/app/...")
}

// TestFixedBuilds builds the test packages with every suggested fix
// applied (each .golden file in place of its source): -fix must leave
// code that compiles.
func TestFixedBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build")
	}
	gopath := t.TempDir()
	src := filepath.Join(analysistest.TestData(), "src")
	goldens := 0
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if strings.HasSuffix(rel, ".golden") {
			rel = strings.TrimSuffix(rel, ".golden")
			goldens++
		} else if _, err := os.Stat(path + ".golden"); err == nil {
			return nil // replaced by its golden file
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dst := filepath.Join(gopath, "src", rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if goldens == 0 {
		t.Fatal("no .golden files: nothing was checked")
	}
	cmd := exec.Command("go", "build", "example.com/app/...")
	cmd.Dir = filepath.Join(gopath, "src")
	cmd.Env = append(os.Environ(), "GO111MODULE=off", "GOPATH="+gopath, "GOFLAGS=", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build of the fixed packages: %v\n%s", err, out)
	}
}
