package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoAppModule runs ssrlint natively, with no flags and no
// configuration, on a go-app module whose main imports its API for the
// server: the chain into app.wasm is reported. go-app comes from the stub
// the analyzer tests use (the module proxy does not serve go-app).
func TestGoAppModule(t *testing.T) {
	stub, err := os.ReadFile(filepath.Join("..", "..", "internal", "propssite", "testdata", "src",
		"github.com", "maxence-charriere", "go-app", "v9", "pkg", "app", "app.go"))
	if err != nil {
		t.Fatal(err)
	}
	dir := module(t, map[string]string{
		"go.mod": "module example.com/notes\n\ngo 1.26\n\n" +
			"require github.com/maxence-charriere/go-app/v9 v9.8.0\n\n" +
			"replace github.com/maxence-charriere/go-app/v9 => ./third_party/go-app\n",
		"third_party/go-app/go.mod":         "module github.com/maxence-charriere/go-app/v9\n\ngo 1.26\n",
		"third_party/go-app/pkg/app/app.go": string(stub),
		"store/store.go": `package store

import "database/sql"

type Store struct{ DB *sql.DB }
`,
		"api/api.go": `package api

import (
	"net/http"

	"example.com/notes/store"
)

func Handler(s *store.Store) http.Handler { return http.NotFoundHandler() }
`,
		"main.go": `package main

import (
	"net/http"

	"example.com/notes/api"
	"example.com/notes/store"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func main() {
	app.RunWhenOnBrowser()
	if app.IsServer {
		http.Handle("/api/", api.Handler(&store.Store{}))
		http.Handle("/", &app.Handler{Name: "Notes"})
		http.ListenAndServe(":8000", nil)
	}
}
`,
	})
	stdout, stderr, code := run(t, dir, "./...")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (findings); stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	want := "main.go:6:2: client package example.com/notes (go-app main calling app.RunWhenOnBrowser, compiled for the browser) imports example.com/notes/api → example.com/notes/store → database/sql (server-only: built-in list)"
	if !strings.Contains(stdout, want) || !strings.Contains(stdout, "app.IsServer check does not change what is compiled") {
		t.Errorf("output lacks %q and the app.IsServer hint:\n%s", want, stdout)
	}
}

// browserOnly is a package that builds only for the browser: the native
// go list drops it from "./...".
func browserOnly(imports string) string {
	return "//go:build js && wasm\n\npackage dom\n\nimport (\n\t\"syscall/js\"\n" + imports + ")\n\nfunc Mount() { js.Global().Get(\"document\") }\n"
}

// TestBrowserOnlyPackage runs ssrlint natively on a module whose client
// package builds only under GOOS=js GOARCH=wasm: the browser pass analyzes
// it without a flag, and its server-only import is reported.
func TestBrowserOnlyPackage(t *testing.T) {
	dir := module(t, map[string]string{
		"main.go": "package main\n\nfunc main() {}\n",
		"web/dom/dom.go": browserOnly("\n\t\"database/sql\"\n") +
			"\nvar db *sql.DB\n",
	})
	stdout, stderr, code := run(t, dir, "./...")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (findings); stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	want := "web/dom/dom.go:8:2: client package example.com/m/web/dom imports database/sql (server-only: built-in list)"
	if !strings.Contains(stdout, want) {
		t.Errorf("output lacks %q:\n%s", want, stdout)
	}
}

// TestBrowserOnlyPackageClean is its silent twin: the browser-only
// package imports nothing server-only.
func TestBrowserOnlyPackageClean(t *testing.T) {
	dir := module(t, map[string]string{
		"main.go":        "package main\n\nfunc main() {}\n",
		"web/dom/dom.go": browserOnly("\t\"strings\"\n") + "\nvar _ = strings.ToUpper\n",
	})
	stdout, stderr, code := run(t, dir, "./...")
	if code != 0 {
		t.Fatalf("exit %d, want 0; stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}
