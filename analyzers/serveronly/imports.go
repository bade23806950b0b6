package serveronly

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/ssrlint/ssrlint/internal/lintpass"
)

// anImport is one import declaration of a non-test file.
type anImport struct {
	spec *ast.ImportSpec
	pkg  *types.Package
}

type imports []anImport

// importsOf returns the imports of the package's non-test files, generated
// ones included: generated code is compiled into the binary too.
func importsOf(p *lintpass.Pass) imports {
	var out imports
	for _, f := range p.Pass.Files {
		if strings.HasSuffix(p.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		for _, spec := range f.Imports {
			if name := p.TypesInfo.PkgNameOf(spec); name != nil && name.Imported() != nil {
				out = append(out, anImport{spec, name.Imported()})
			}
		}
	}
	return out
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
// server-only code into it, once per import declaration, with one shortest
// chain. Imports of other client packages are left alone: their own
// server imports are reported where they are.
func reportImports(p *lintpass.Pass, is imports) {
	for _, i := range is {
		var fact reach
		if p.ImportPackageFact(i.pkg, &fact) && fact.Client {
			continue
		}
		chains := chainsVia(p, i.pkg, &fact)
		if len(chains) == 0 {
			continue
		}
		best := slices.MinFunc(chains, func(a, b chain) int { return len(a.Packages) - len(b.Packages) })
		more := ""
		if n := len(chains) - 1; n > 0 {
			more = fmt.Sprintf(" and %d more server-only package%s", n, plural(n))
		}
		p.Reportf(i.spec.Pos(), "client package %s imports %s%s, which compiles server code into the browser bundle; %s",
			p.Pkg.Path(), best, more, fixFor(best))
	}
}

// fixFor says what to do about a chain: a page's data goes through props,
// anything else is split.
func fixFor(c chain) string {
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
