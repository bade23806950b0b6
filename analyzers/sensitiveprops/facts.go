package sensitiveprops

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/ssrlint/ssrlint/internal/directive"
	"github.com/ssrlint/ssrlint/internal/lintpass"
)

// markedFact is exported for a type or struct field marked
// //ssrlint:sensitive, so that pages in other packages see the mark.
type markedFact struct {
	Mark bool // always true: gob needs an exported field
}

func (*markedFact) AFact() {}

func (*markedFact) String() string { return "sensitive" }

// exportMarked exports a markedFact for each type declaration and struct
// field of the package marked //ssrlint:sensitive.
func exportMarked(p *lintpass.Pass) {
	for _, f := range p.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.GenDecl:
				if n.Tok == token.TYPE {
					exportTypes(p, n)
				}
			case *ast.Field:
				if directive.Has(n.Doc, directive.Sensitive) || directive.Has(n.Comment, directive.Sensitive) {
					for _, name := range n.Names {
						export(p, p.TypesInfo.Defs[name])
					}
				}
			}
			return true
		})
	}
}

func exportTypes(p *lintpass.Pass, d *ast.GenDecl) {
	// A doc comment above "type X ..." belongs to the declaration; above
	// "type (...)" it is about the group, not each type.
	declMarked := !d.Lparen.IsValid() && directive.Has(d.Doc, directive.Sensitive)
	for _, s := range d.Specs {
		ts := s.(*ast.TypeSpec)
		if declMarked || directive.Has(ts.Doc, directive.Sensitive) || directive.Has(ts.Comment, directive.Sensitive) {
			export(p, p.TypesInfo.Defs[ts.Name])
		}
	}
}

func export(p *lintpass.Pass, obj types.Object) {
	if obj != nil && obj.Pkg() == p.Pkg {
		p.ExportObjectFact(obj, &markedFact{Mark: true})
	}
}

// marked reports whether obj carries the mark.
func (c *checker) marked(obj types.Object) bool {
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	return c.pass.ImportObjectFact(obj, new(markedFact))
}
