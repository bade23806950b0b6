package lintpass_test

import (
	"testing"

	"github.com/ssrlint/ssrlint/internal/lintpass"
	"golang.org/x/tools/go/analysis/analysistest"
)

// cachecontrol stands in for the real analyzer of that name, first in
// config.AnalyzerNames: it reports nothing of its own, only what the base
// reports about directives.
var cachecontrol = lintpass.New(lintpass.Spec{
	Name:  "cachecontrol",
	DocGo: "// # Analyzer cachecontrol\n//\n// cachecontrol: a stand-in that reports only directives\npackage cachecontrol\n",
	Run:   func(*lintpass.Pass) (any, error) { return nil, nil },
})

// The probe of base_test.go, named selfapi, owns the directives here, as
// propsfunc does in ssrlint.
func init() { lintpass.OwnDirectives(probe.Name) }

// TestBrokenDirectivesReportedOnce: an unknown directive or analyzer name
// is reported by the analyzer that owns them (so cachecontrol says nothing
// in ownerenabled), and by the first analyzer the configuration enables,
// cachecontrol, where the owner is disabled.
func TestBrokenDirectivesReportedOnce(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cachecontrol, "example.com/ownerenabled/...", "example.com/ownerdisabled/...")
}
