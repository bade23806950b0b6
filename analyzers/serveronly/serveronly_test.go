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
// loading, so the js/wasm-only file and its leak are seen.
func TestWASM(t *testing.T) {
	t.Setenv("GOOS", "js")
	t.Setenv("GOARCH", "wasm")
	results := analysistest.Run(t, analysistest.TestData(), serveronly.Analyzer, "example.com/wasmapp")
	// A file that is not loaded has its // want comments ignored: make sure
	// the js/wasm file was seen.
	found := 0
	for _, r := range results {
		found += len(r.Diagnostics)
	}
	if found == 0 {
		t.Fatal("no diagnostic in the GOOS=js GOARCH=wasm build of example.com/wasmapp")
	}
}
