package propssurface

import (
	_ "embed"

	"github.com/ssrlint/ssrlint/analyzers/sensitiveprops"
	"github.com/ssrlint/ssrlint/internal/lazyssa"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/propssite"
	"github.com/ssrlint/ssrlint/internal/surface"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer computes the props surface of a package's props sites, exports
// it as a fact and reports the paths the props lock does not record.
var Analyzer = lintpass.New(lintpass.Spec{
	Name:       "propssurface",
	DocGo:      doc,
	Requires:   []*analysis.Analyzer{lazyssa.Analyzer, sensitiveprops.Analyzer},
	FactTypes:  []analysis.Fact{new(surface.Fact), new(helperFact)},
	TemplSites: true,
	Run:        run,
})

// helperFact is propssurface's fact about render helpers and props
// builders (see propssite.HelperFact).
type helperFact struct{ propssite.HelperFact }

func run(p *lintpass.Pass) (any, error) {
	found, err := propssite.Sites(p, func() propssite.Fact { return new(helperFact) })
	if len(found) == 0 {
		return nil, err
	}
	sens, _ := p.ResultOf[sensitiveprops.Analyzer].(*sensitiveprops.Sensitivity)
	sites := describe(p, found, sens)
	fact := &surface.Fact{}
	for _, site := range sites {
		fact.Sites = append(fact.Sites, site.Site)
	}
	p.ExportPackageFact(fact)
	return nil, checkLock(p, sites)
}
