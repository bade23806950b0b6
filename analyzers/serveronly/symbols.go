package serveronly

import (
	"go/ast"
	"go/types"

	"github.com/ssrlint/ssrlint/internal/directive"
	"github.com/ssrlint/ssrlint/internal/lintpass"
)

// serverOnlySymbol is the object fact of a function, method or type
// declared with //ssrlint:server-only.
type serverOnlySymbol struct{}

func (*serverOnlySymbol) AFact() {}

func (*serverOnlySymbol) String() string { return "server-only symbol" }

// exportMarkedSymbols exports a serverOnlySymbol fact for each marked
// declaration. A directive on a grouped type declaration marks every type
// of the group.
func exportMarkedSymbols(p *lintpass.Pass) {
	for _, f := range p.Files {
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if directive.Has(decl.Doc, directive.ServerOnly) {
					exportSymbol(p, decl.Name)
				}
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					ts, ok := spec.(*ast.TypeSpec)
					if ok && (directive.Has(decl.Doc, directive.ServerOnly) || directive.Has(ts.Doc, directive.ServerOnly)) {
						exportSymbol(p, ts.Name)
					}
				}
			}
		}
	}
}

func exportSymbol(p *lintpass.Pass, name *ast.Ident) {
	if obj := p.TypesInfo.Defs[name]; obj != nil {
		p.ExportObjectFact(obj, new(serverOnlySymbol))
	}
}

// reportReferences reports the client package's references to marked
// symbols of packages it may otherwise import. A symbol of a package that
// is or reaches server-only code is left alone: the import that brings it
// in is reported already.
func reportReferences(p *lintpass.Pass) {
	for _, f := range p.BrowserFiles() {
		ast.Inspect(f, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			obj := origin(p.TypesInfo.Uses[id])
			if obj == nil || obj.Pkg() == nil || obj.Pkg() == p.Pkg || !p.ImportObjectFact(obj, new(serverOnlySymbol)) {
				return true
			}
			var fact reach
			p.ImportPackageFact(obj.Pkg(), &fact)
			if len(chainsVia(p, obj.Pkg(), &fact, browserBuild)) > 0 {
				return true
			}
			p.Reportf(id.Pos(), "client package %s uses %s.%s, which is marked //ssrlint:server-only, so it is compiled into the browser bundle; call it on the server (in a props function or an API route) and pass the result to the client",
				p.Pkg.Path(), obj.Pkg().Name(), obj.Name())
			return true
		})
	}
}

// origin returns the declared object of an instantiated generic function,
// method or field, and obj itself otherwise.
func origin(obj types.Object) types.Object {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Origin()
	case *types.Var:
		return obj.Origin()
	}
	return obj
}
