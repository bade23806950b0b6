package serveronly_test

import (
	"testing"

	"github.com/ssrlint/ssrlint/analyzers/serveronly"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), serveronly.Analyzer, "example.com/...")
}

// TestWASM lints the browser build: the environment reaches package
// loading, so the js/wasm-only files (a syscall/js bridge, a vugu main, a
// clientonly main's start file) and their leaks are seen, and the go-app
// main whose server wiring is in a //go:build !wasm file stays silent.
func TestWASM(t *testing.T) {
	t.Setenv("GOOS", "js")
	t.Setenv("GOARCH", "wasm")
	wasmOnly := []string{"example.com/wasmapp", "example.com/jsbridge", "example.com/vuguapp"}
	results := analysistest.Run(t, analysistest.TestData(), serveronly.Analyzer,
		append(wasmOnly, "example.com/notes/cmd/notes", "example.com/notes/cmd/split")...)
	// A file that is not loaded has its // want comments ignored: make sure
	// each js/wasm-only file was seen.
	reported := map[string]bool{}
	for _, r := range results {
		if len(r.Diagnostics) > 0 {
			reported[r.Pass.Pkg.Path()] = true
		}
	}
	for _, path := range wasmOnly {
		if !reported[path] {
			t.Errorf("no diagnostic in the GOOS=js GOARCH=wasm build of %s", path)
		}
	}
}
