package propsjson

import (
	_ "embed"

	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"github.com/ssrlint/ssrlint/internal/lazyssa"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/propssite"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer reports props that encoding/json cannot encode as written.
var Analyzer = lintpass.New(lintpass.Spec{
	Name:       "propsjson",
	DocGo:      doc,
	Requires:   []*analysis.Analyzer{lazyssa.Analyzer},
	FactTypes:  []analysis.Fact{new(helperFact)},
	TemplSites: true,
	Run:        run,
})

// helperFact is propsjson's fact about render helpers and props builders
// (see propssite.HelperFact).
type helperFact struct{ propssite.HelperFact }

func run(p *lintpass.Pass) (any, error) {
	sites, err := propssite.Sites(p, func() propssite.Fact { return new(helperFact) })
	for _, site := range sites {
		checkSite(p, site)
	}
	return nil, err
}

// checkSite reports what of a site's props encoding/json cannot encode as
// written: first in the static types of its values, then in the dynamic
// values SSA shows flowing into their interface-typed parts.
func checkSite(p *lintpass.Pass, s *propssite.Site) {
	c := &checker{pass: p, seen: map[any]bool{}}
	for _, v := range s.Values {
		if !v.Untyped {
			jsonshape.Walk(v.Type, v.Path, func(n *jsonshape.Node) bool {
				c.node(n, v.Pos)
				return true
			})
		}
		s.Flows(v, func(fl jsonshape.Flow) {
			if fl.Dynamic == nil || fl.Stringified {
				return
			}
			pos := fl.Pos
			if !pos.IsValid() {
				pos = v.Pos
			}
			jsonshape.Walk(fl.Dynamic, fl.Path, func(n *jsonshape.Node) bool {
				c.node(n, pos)
				return true
			})
		})
	}
}
