package propserror_test

import (
	"testing"

	"github.com/ssrlint/ssrlint/analyzers/propserror"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), propserror.Analyzer, "example.com/app/...")
}
