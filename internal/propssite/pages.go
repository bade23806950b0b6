package propssite

import (
	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/pages"
	"golang.org/x/tools/go/ssa"
)

// The pages convention: GetServerSideProps and GetStaticProps of a page
// package serialize the props they return. GetStaticPaths returns paths,
// which are not rendered into the page.
func init() {
	register(&Adapter{Name: "pages", Decls: pagesSites, Declares: hasPropsFuncs})
}

func hasPropsFuncs(p *lintpass.Pass) bool { return len(p.PropsFuncs()) > 0 }

func pagesSites(p *lintpass.Pass, pkg *ssa.Package) []*Site {
	var out []*Site
	for _, f := range p.PropsFuncs() {
		if f.Role == pages.StaticPaths || f.Props == nil {
			continue
		}
		out = append(out, &Site{
			Kind:    "props",
			Name:    f.Decl.Name.Name,
			Handler: pkg.Prog.FuncValue(f.Func),
			Pos:     f.Decl.Name.Pos(),
			Values:  []Value{{Type: f.Props, Path: jsonshape.RootOf(f.Props), Pos: f.Decl.Name.Pos()}},
		})
	}
	return out
}
