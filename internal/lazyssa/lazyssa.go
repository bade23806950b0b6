// Package lazyssa gives analyzers a package's SSA form built on first use.
//
// Requiring buildssa.Analyzer makes the unitchecker build SSA for every
// package an analyzer runs on, dependencies included when the analyzer
// uses facts: a quarter of ssrlint's CPU, spent mostly on packages where
// no analyzer looks at it. An analyzer that requires this one instead
// asks for SSA only where it needs it. The result is buildssa's own,
// computed by buildssa's Run on the same package, so it is the same SSA.
package lazyssa

import (
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
)

// Analyzer gives a *SSA as its result; it requires what buildssa requires, so that
// buildssa's Run finds its inputs in this analyzer's pass.
var Analyzer = &analysis.Analyzer{
	Name:       "lazyssa",
	Doc:        "gives the package's SSA form (as buildssa builds it) on first use",
	Requires:   buildssa.Analyzer.Requires,
	ResultType: reflect.TypeFor[*SSA](),
	Run:        func(pass *analysis.Pass) (any, error) { return &SSA{pass: pass}, nil },
}

// SSA builds a package's SSA form once, for every analyzer that asks.
type SSA struct {
	pass  *analysis.Pass
	once  sync.Once
	built *buildssa.SSA
	err   error
}

// Of returns the lazily built SSA of the package that pass analyzes; the
// pass's analyzer must require Analyzer.
func Of(pass *analysis.Pass) *SSA {
	return pass.ResultOf[Analyzer].(*SSA)
}

// Get builds the package's SSA form the first time any analyzer asks for
// it (analyzers of one package run concurrently) and returns it.
func (s *SSA) Get() (*buildssa.SSA, error) {
	s.once.Do(func() {
		var res any
		res, s.err = buildssa.Analyzer.Run(s.pass)
		if s.err == nil {
			s.built = res.(*buildssa.SSA)
		}
	})
	return s.built, s.err
}
