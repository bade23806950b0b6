package sensitiveprops_test

import (
	"testing"

	"github.com/ssrlint/ssrlint/analyzers/sensitiveprops"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sensitiveprops.Analyzer, "example.com/app/...")
}
