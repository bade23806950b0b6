package unitrun

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// chdirModule writes files (name: content) in a new directory, the
// working directory of the test, and returns it.
func chdirModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	for name, content := range files {
		name = filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// mainPkg is a package of the main module as the native go list shows it.
func mainPkg(dir, path string, ignored ...string) *listed {
	return &listed{ImportPath: path, Dir: dir, IgnoredGoFiles: ignored, Module: &analysis.Module{Path: "example.com/m", Main: true}}
}

// TestWasmTargets: the browser pass takes the packages with browser-only
// files, and none (no second go list) in a module without them; files for
// other systems, testdata, nested modules and tests do not count.
func TestWasmTargets(t *testing.T) {
	native := map[string]string{
		"go.mod":             "module example.com/m\n",
		"main.go":            "package main\n",
		"sys/sys.go":         "package sys\n",
		"sys/sys_windows.go": "package sys\n",
		"plugin/plugin.go":   "//go:build windows\n\npackage plugin\n",
		"testdata/x/x.go":    "//go:build js\n\npackage x\n",
		"nested/go.mod":      "module example.com/nested\n",
		"nested/n/n.go":      "//go:build wasm\n\npackage n\n",
		"web/web.go":         "package web\n",
		"web/web_test.go":    "package web\n",
	}
	listing := func(root string, webIgnored ...string) []*listed {
		return []*listed{
			mainPkg(root, "example.com/m"),
			mainPkg(filepath.Join(root, "sys"), "example.com/m/sys", "sys_windows.go"),
			mainPkg(filepath.Join(root, "web"), "example.com/m/web", webIgnored...),
		}
	}
	t.Run("none", func(t *testing.T) {
		root := chdirModule(t, native)
		if got := wasmTargets(listing(root), []string{"./..."}); got != nil {
			t.Errorf("wasmTargets = %q, want none", got)
		}
	})
	t.Run("browser-only", func(t *testing.T) {
		files := maps.Clone(native)
		files["web/dom_js.go"] = "package web\n"
		files["client/client.go"] = "//go:build js && wasm\n\npackage client\n"
		files["client/client_test.go"] = "package client\n"
		root := chdirModule(t, files)
		got := wasmTargets(listing(root, "dom_js.go"), []string{"./..."})
		want := []string{filepath.Join(root, "web"), filepath.Join(root, "client")}
		if !slices.Equal(got, want) {
			t.Errorf("wasmTargets = %q, want %q", got, want)
		}
	})
}
