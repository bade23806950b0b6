package browserbuild

import (
	"os"
	"path/filepath"
	"testing"
)

func TestIncludes(t *testing.T) {
	dir := t.TempDir()
	files := map[string]struct {
		src  string
		want bool
	}{
		"main.go":        {"package main\n", true},
		"server.go":      {"//go:build !wasm\n\npackage main\n", false},
		"client.go":      {"//go:build js && wasm\n\npackage main\n", true},
		"serve_linux.go": {"package main\n", false},
		"start_js.go":    {"package main\n", true},
	}
	for name, f := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(f.src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, f := range files {
		if got := Includes(filepath.Join(dir, name)); got != f.want {
			t.Errorf("Includes(%s) = %v, want %v", name, got, f.want)
		}
	}
	if !Includes(filepath.Join(dir, "missing.go")) {
		t.Error("an unreadable file must count as included")
	}
}

func TestGoAppVersion(t *testing.T) {
	tests := map[string]int{
		"github.com/maxence-charriere/go-app/v9/pkg/app":  9,
		"github.com/maxence-charriere/go-app/v11/pkg/app": 11,
		"github.com/maxence-charriere/go-app/v6/pkg/app":  6,
		"github.com/maxence-charriere/go-app/v5/pkg/app":  0,
		"github.com/maxence-charriere/go-app/v9/pkg/ui":   0,
		"github.com/maxence-charriere/go-app/v9x/pkg/app": 0,
		"example.com/go-app/v9/pkg/app":                   0,
	}
	for path, want := range tests {
		if got := GoAppVersion(path); got != want {
			t.Errorf("GoAppVersion(%q) = %d, want %d", path, got, want)
		}
	}
}
