package selfapi_test

import (
	"testing"

	"github.com/ssrlint/ssrlint/analyzers/selfapi"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), selfapi.Analyzer, "example.com/app/...")
}
