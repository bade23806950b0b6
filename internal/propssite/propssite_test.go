package propssite_test

import (
	"go/types"
	"testing"

	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/propssite"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/buildssa"
)

type helperFact struct{ propssite.HelperFact }

// sites reports every props site's values: adapter, kind, name, path, type.
var sites = lintpass.New(lintpass.Spec{
	Name:      "sites",
	DocGo:     "// # Analyzer sites\n//\n// sites: reports props sites\npackage sites\n",
	Requires:  []*analysis.Analyzer{buildssa.Analyzer},
	FactTypes: []analysis.Fact{new(helperFact)},
	Run: func(p *lintpass.Pass) (any, error) {
		s := p.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
		for _, site := range propssite.Find(p, s.Pkg, s.SrcFuncs, func() propssite.Fact { return new(helperFact) }) {
			for _, v := range site.Values {
				p.Reportf(v.Pos, "%s %s %s: %s %s", site.Adapter, site.Kind, site.Name, v.Path.JSON,
					types.TypeString(v.Type, (*types.Package).Name))
			}
		}
		return nil, nil
	},
})

func TestSites(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sites, "example.com/app/...")
}
