package propsfunc_test

import (
	"testing"

	"github.com/ssrlint/ssrlint/analyzers/propsfunc"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), propsfunc.Analyzer, "example.com/app/...")
}
