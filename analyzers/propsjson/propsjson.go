package propsjson

import (
	_ "embed"

	"github.com/ssrlint/ssrlint/internal/analyzerdoc"
	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/pages"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"
)

//go:embed doc.go
var doc string

// Analyzer reports props that encoding/json cannot encode as written.
var Analyzer = &analysis.Analyzer{
	Name:     "propsjson",
	Doc:      analyzerdoc.Extract(doc, "propsjson"),
	URL:      "https://github.com/ssrlint/ssrlint/blob/main/docs/rules/propsjson.md",
	Requires: append([]*analysis.Analyzer{buildssa.Analyzer}, lintpass.Requires...),
}

var loader = config.RegisterFlags(&Analyzer.Flags)

func init() { Analyzer.Run = lintpass.Wrap(loader, run) }

func run(p *lintpass.Pass) (any, error) {
	funcs := p.PropsFuncs()
	if len(funcs) == 0 {
		return nil, nil
	}
	prog := p.ResultOf[buildssa.Analyzer].(*buildssa.SSA).Pkg.Prog
	for _, f := range funcs {
		if f.Role == pages.StaticPaths || f.Props == nil {
			continue // paths are not rendered into the page
		}
		checkPropsFunc(p, f, prog.FuncValue(f.Func))
	}
	return nil, nil
}

// checkPropsFunc reports what of f's props encoding/json cannot encode as
// written: first in the props type, then in the dynamic values SSA shows
// flowing into its interface-typed parts.
func checkPropsFunc(p *lintpass.Pass, f *pages.PropsFunc, fn *ssa.Function) {
	c := &checker{pass: p, seen: map[any]bool{}}
	root := jsonshape.RootOf(f.Props)
	jsonshape.Walk(f.Props, root, func(n *jsonshape.Node) bool {
		c.node(n, f.Decl.Name.Pos())
		return true
	})
	if fn == nil {
		return
	}
	jsonshape.Flows(fn, f.Props, root, func(fl jsonshape.Flow) {
		mi, ok := fl.Value.(*ssa.MakeInterface)
		if !ok || fl.Stringified {
			return
		}
		pos := fl.Pos
		if !pos.IsValid() {
			pos = f.Decl.Name.Pos()
		}
		jsonshape.Walk(mi.X.Type(), fl.Path, func(n *jsonshape.Node) bool {
			c.node(n, pos)
			return true
		})
	})
}
