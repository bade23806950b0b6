package serveronly

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/ssrlint/ssrlint/internal/browserbuild"
	"github.com/ssrlint/ssrlint/internal/lintpass"
)

// anImport is one import declaration of a non-test file.
type anImport struct {
	spec    *ast.ImportSpec
	pkg     *types.Package
	browser bool // the file is in the GOOS=js GOARCH=wasm build
}

type imports []anImport

// importsOf returns the imports of the package's non-test files, generated
// ones included: generated code is compiled into the binary too.
func importsOf(p *lintpass.Pass) imports {
	var out imports
	for _, f := range p.Pass.Files {
		name := p.FileName(f)
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		browser := browserbuild.Includes(name)
		for _, spec := range f.Imports {
			if pkgName := p.TypesInfo.PkgNameOf(spec); pkgName != nil && pkgName.Imported() != nil {
				out = append(out, anImport{spec, pkgName.Imported(), browser})
			}
		}
	}
	return out
}

// inBrowser returns the imports of the files in the GOOS=js GOARCH=wasm
// build.
func (is imports) inBrowser() imports {
	return slices.DeleteFunc(slices.Clone(is), func(i anImport) bool { return !i.browser })
}

// packages returns the imported packages, each once, in import order.
func (is imports) packages() []*types.Package {
	var out []*types.Package
	for _, i := range is {
		if !slices.Contains(out, i.pkg) {
			out = append(out, i.pkg)
		}
	}
	return out
}

// reportImports reports each import of the client package that brings
// server-only code into its browser build, once per import declaration,
// with one shortest chain. Imports of other client packages are left
// alone: their own server imports are reported where they are.
func reportImports(p *lintpass.Pass, is imports) {
	for _, i := range is.inBrowser() {
		var fact reach
		if p.ImportPackageFact(i.pkg, &fact) && fact.Client {
			continue
		}
		chains := chainsVia(p, i.pkg, &fact, browserBuild)
		if len(chains) == 0 {
			continue
		}
		best := slices.MinFunc(chains, func(a, b chain) int { return len(a.Packages) - len(b.Packages) })
		more := ""
		if n := len(chains) - 1; n > 0 {
			more = fmt.Sprintf(" and %d more server-only package%s", n, plural(n))
		}
		p.Reportf(i.spec.Pos(), "client package %s imports %s%s, which compiles server code into the browser bundle; %s",
			clientName(p), best, more, fixFor(p, best))
	}
}

// clientName names the client package in messages; a browser entry point
// says what makes it one, since nothing in it is marked.
func clientName(p *lintpass.Pass) string {
	if e := p.Package.Entry; e != nil {
		return fmt.Sprintf("%s (%s, compiled for the browser)", p.Pkg.Path(), e)
	}
	return p.Pkg.Path()
}

// fixFor says what to do about a chain: a page's data goes through props,
// a browser main keeps its server wiring out of the browser build,
// anything else is split.
func fixFor(p *lintpass.Pass, c chain) string {
	if e := p.Package.Entry; e != nil {
		fix := "move the server wiring into a file built only for the server (//go:build !wasm)"
		if e.ServerGuard != "" {
			fix = "a run-time " + e.ServerGuard + " check does not change what is compiled: " + fix
		}
		return fix
	}
	if strings.HasPrefix(c.Reason, "page with ") {
		return "move what the client needs out of the page and pass data through props"
	}
	return "move the shared types into a package with no server imports"
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
