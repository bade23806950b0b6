package sensitiveprops

import (
	_ "embed"

	"github.com/ssrlint/ssrlint/internal/analyzerdoc"
	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/pages"
	"github.com/ssrlint/ssrlint/internal/secretname"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"
)

//go:embed doc.go
var doc string

// Analyzer reports sensitive data reaching props, and so the initial HTML.
var Analyzer = &analysis.Analyzer{
	Name:      "sensitiveprops",
	Doc:       analyzerdoc.Extract(doc, "sensitiveprops"),
	URL:       "https://github.com/ssrlint/ssrlint/blob/main/docs/rules/sensitiveprops.md",
	Requires:  append([]*analysis.Analyzer{buildssa.Analyzer}, lintpass.Requires...),
	FactTypes: []analysis.Fact{new(markedFact)},
}

var loader = config.RegisterFlags(&Analyzer.Flags)

func init() { Analyzer.Run = lintpass.Wrap(loader, run) }

func run(p *lintpass.Pass) (any, error) {
	exportMarked(p)
	funcs := p.PropsFuncs()
	if len(funcs) == 0 {
		return nil, nil
	}
	ssaPkg := p.ResultOf[buildssa.Analyzer].(*buildssa.SSA).Pkg
	c := &checker{
		pass:  p,
		names: secretname.New(p.Config.SensitiveNames, p.Config.AllowedNames),
		types: sensitiveTypes(p.Config.SensitiveTypes),
	}
	for _, f := range funcs {
		if f.Role == pages.StaticPaths || f.Props == nil {
			continue // paths are not rendered into the page
		}
		c.checkPropsFunc(f, ssaPkg.Prog.FuncValue(f.Func))
	}
	return nil, nil
}

// checkPropsFunc reports what reaches the props of f: first what its props
// type holds, then the values SSA shows flowing into it.
func (c *checker) checkPropsFunc(f *pages.PropsFunc, fn *ssa.Function) {
	r := &reporter{pass: c.pass}
	root := jsonshape.RootOf(f.Props)
	jsonshape.Walk(f.Props, root, func(n *jsonshape.Node) bool {
		return c.node(n, func(why, fix string) { r.report(f.Decl.Name.Pos(), n.Path, why, fix) })
	})
	if fn != nil {
		c.flows(f, fn, root, r)
	}
}
