package propssite_test

import (
	"go/types"
	"testing"

	"github.com/ssrlint/ssrlint/internal/lazyssa"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/propssite"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

type helperFact struct{ propssite.HelperFact }

// sites reports every props site's values: adapter, kind, name, path, type.
// It asks Sites, so every expected site and helper fact also shows that
// the check that spares other packages their SSA form does not skip it.
var sites = lintpass.New(lintpass.Spec{
	Name:      "sites",
	DocGo:     "// # Analyzer sites\n//\n// sites: reports props sites\npackage sites\n",
	Requires:  []*analysis.Analyzer{lazyssa.Analyzer},
	FactTypes: []analysis.Fact{new(helperFact)},
	Run: func(p *lintpass.Pass) (any, error) {
		found, err := propssite.Sites(p, func() propssite.Fact { return new(helperFact) })
		for _, site := range found {
			for _, v := range site.Values {
				p.Reportf(v.Pos, "%s %s %s: %s %s", site.Adapter, site.Kind, site.Name, v.Path.JSON,
					types.TypeString(v.Type, (*types.Package).Name))
			}
		}
		return nil, err
	},
})

func TestSites(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sites, "example.com/app/...")
}
