package lazyssa_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/ssrlint/ssrlint/internal/lazyssa"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"
)

// probe reports every source function of the lazily built SSA, after
// checking that buildssa lists the same functions and that asking again
// gives the SSA built the first time.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "reports the source functions of lazyssa's result",
	Requires: []*analysis.Analyzer{lazyssa.Analyzer, buildssa.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		lazy, err := lazyssa.Of(pass).Get()
		if err != nil {
			return nil, err
		}
		if again, _ := lazyssa.Of(pass).Get(); again != lazy {
			return nil, fmt.Errorf("a second Get built the SSA again")
		}
		eager := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
		if got, want := names(lazy.SrcFuncs), names(eager.SrcFuncs); !slices.Equal(got, want) {
			return nil, fmt.Errorf("lazyssa lists %v, buildssa %v", got, want)
		}
		for _, fn := range lazy.SrcFuncs {
			pass.Reportf(fn.Pos(), "%s", fn.Name())
		}
		return nil, nil
	},
}

func names(funcs []*ssa.Function) []string {
	var out []string
	for _, fn := range funcs {
		out = append(out, fn.String())
	}
	return out
}

func TestGetBuildsWhatBuildssaBuilds(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "shapes")
}
