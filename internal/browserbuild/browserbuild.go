// Package browserbuild knows what Go compiles for the browser: which files
// of a package are in a GOOS=js GOARCH=wasm build, and which main packages
// are the browser entry points of the Go WebAssembly frameworks (go-app,
// vecty, vugu).
package browserbuild

import (
	"go/build"
	"path/filepath"
)

// wasm is the build context of the browser build.
var wasm = func() build.Context {
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH, ctx.CgoEnabled = "js", "wasm", false
	return ctx
}()

// Includes reports whether the Go file named filename is compiled into the
// GOOS=js GOARCH=wasm build of its package: its name suffix (_js.go,
// _linux.go, _wasm.go) and its //go:build line allow it. A file that
// cannot be read counts as included, so that an I/O error never hides code
// from the check.
func Includes(filename string) bool {
	ok, err := wasm.MatchFile(filepath.Dir(filename), filepath.Base(filename))
	return ok || err != nil
}

// HasFiles reports whether the directory dir holds a package with Go files
// in the GOOS=js GOARCH=wasm build.
func HasFiles(dir string) bool {
	p, err := wasm.ImportDir(dir, 0)
	return err == nil && len(p.GoFiles) > 0
}
