package sensitiveprops

import (
	_ "embed"
	"reflect"

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
	Name:       "sensitiveprops",
	DocGo:      doc,
	Requires:   []*analysis.Analyzer{lazyssa.Analyzer},
	FactTypes:  []analysis.Fact{new(markedFact), new(helperFact)},
	ResultType: reflect.TypeFor[*Sensitivity](),
	TemplSites: true,
	Run:        run,
})

// helperFact is sensitiveprops' fact about render helpers and props
// builders (see propssite.HelperFact).
type helperFact struct{ propssite.HelperFact }

// Sensitivity is the analyzer's result: what it deems sensitive, for
// analyzers that describe props (propssurface).
type Sensitivity struct {
	pass *lintpass.Pass
	c    *checker // made on first use: most packages have no props
}

// Why reports whether the value at n is sensitive, and why. A nil
// Sensitivity (the analyzer is disabled) finds nothing sensitive.
func (s *Sensitivity) Why(n *jsonshape.Node) (why string, sensitive bool) {
	if s == nil {
		return "", false
	}
	if s.c == nil {
		s.c = newChecker(s.pass)
	}
	s.c.node(n, func(w, _ string) { why, sensitive = w, true })
	return why, sensitive
}

func run(p *lintpass.Pass) (any, error) {
	exportMarked(p)
	result := &Sensitivity{pass: p}
	sites, err := propssite.Sites(p, func() propssite.Fact { return new(helperFact) })
	if len(sites) == 0 {
		return result, err
	}
	result.c = newChecker(p)
	for _, site := range sites {
		result.c.checkSite(site)
	}
	return result, nil
}

func newChecker(p *lintpass.Pass) *checker {
	return &checker{
		pass:  p,
		names: secretname.New(p.Config.SensitiveNames, p.Config.AllowedNames),
		types: sensitiveTypes(p.Config.SensitiveTypes),
	}
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
