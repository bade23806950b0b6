package propserror

import (
	_ "embed"

	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/pages"
)

//go:embed doc.go
var doc string

// Analyzer reports panics and exits in props functions instead of returned errors.
var Analyzer = lintpass.New(lintpass.Spec{
	Name:  "propserror",
	DocGo: doc,
	Run:   run,
})

func run(p *lintpass.Pass) (any, error) {
	funcs := p.PropsFuncs()
	if len(funcs) == 0 {
		return nil, nil
	}
	for _, r := range reach(p, funcs) {
		checkCrashes(p, r)
	}
	for _, f := range funcs {
		if pages.ReturnsError(f.Func.Signature()) {
			checkDiscards(p, f)
		}
	}
	return nil, nil
}

// errorPage names what a failed props function shows.
func errorPage(role pages.Role) string {
	if role == pages.ServerSide {
		return "the 500 page"
	}
	return "a build error"
}
