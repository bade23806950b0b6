package propsjson_test

import (
	"testing"

	"github.com/ssrlint/ssrlint/analyzers/propsjson"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), propsjson.Analyzer, "example.com/app/...")
}
