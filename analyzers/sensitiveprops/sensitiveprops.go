package sensitiveprops

import (
	_ "embed"

	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"github.com/ssrlint/ssrlint/internal/lazyssa"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/propssite"
	"github.com/ssrlint/ssrlint/internal/secretname"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer reports sensitive data reaching props, and so the initial HTML.
var Analyzer = lintpass.New(lintpass.Spec{
	Name:      "sensitiveprops",
	DocGo:     doc,
	Requires:  []*analysis.Analyzer{lazyssa.Analyzer},
	FactTypes: []analysis.Fact{new(markedFact), new(helperFact)},
	Run:       run,
})

// helperFact is sensitiveprops' fact about render helpers and props
// builders (see propssite.HelperFact).
type helperFact struct{ propssite.HelperFact }

func run(p *lintpass.Pass) (any, error) {
	exportMarked(p)
	sites, err := propssite.Sites(p, func() propssite.Fact { return new(helperFact) })
	if len(sites) == 0 {
		return nil, err
	}
	c := &checker{
		pass:  p,
		names: secretname.New(p.Config.SensitiveNames, p.Config.AllowedNames),
		types: sensitiveTypes(p.Config.SensitiveTypes),
	}
	for _, site := range sites {
		c.checkSite(site)
	}
	return nil, nil
}

// checkSite reports what reaches the browser through a props site: first
// what the static types of its values hold, then the values SSA shows
// flowing into them.
func (c *checker) checkSite(s *propssite.Site) {
	r := &reporter{pass: c.pass, dest: s.Dest}
	if r.dest == "" {
		r.dest = "the page's initial HTML"
	}
	for _, v := range s.Values {
		if !v.Untyped {
			jsonshape.Walk(v.Type, v.Path, func(n *jsonshape.Node) bool {
				return c.node(n, func(why, fix string) { r.report(v.Pos, n.Path, why, fix) })
			})
		}
		c.flows(s, v, r)
	}
}
