// Package suite lists ssrlint's analyzers, in the order of the rules in
// the product brief. The command and the golangci-lint plugin run these.
package suite

import (
	"github.com/ssrlint/ssrlint/analyzers/cachecontrol"
	"github.com/ssrlint/ssrlint/analyzers/propserror"
	"github.com/ssrlint/ssrlint/analyzers/propsfunc"
	"github.com/ssrlint/ssrlint/analyzers/propsjson"
	"github.com/ssrlint/ssrlint/analyzers/propssurface"
	"github.com/ssrlint/ssrlint/analyzers/selfapi"
	"github.com/ssrlint/ssrlint/analyzers/sensitiveprops"
	"github.com/ssrlint/ssrlint/analyzers/serveronly"
	"golang.org/x/tools/go/analysis"
)

// Analyzers returns every ssrlint analyzer.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		propsfunc.Analyzer,
		selfapi.Analyzer,
		sensitiveprops.Analyzer,
		serveronly.Analyzer,
		cachecontrol.Analyzer,
		propsjson.Analyzer,
		propserror.Analyzer,
		propssurface.Analyzer,
	}
}
