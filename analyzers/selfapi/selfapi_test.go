package selfapi_test

import (
	"os"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/analyzers/selfapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/packages"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), selfapi.Analyzer, "example.com/app/...")
}

// BenchmarkCorpus measures the analyzer on a large package set that has
// no pages (std's net/..., encoding/... and go/... by default, or the
// patterns in $SELFAPI_BENCH), next to a baseline that builds SSA for the
// same packages (the roots and, since it has facts, every dependency) and
// does nothing else: what selfapi cost when it required buildssa, before
// it built SSA only where worthBuilding says it may find something. It
// also checks that nothing is reported.
//
//	go test -run=^$ -bench=Corpus -benchtime=3x -benchmem ./analyzers/selfapi
func BenchmarkCorpus(b *testing.B) {
	patterns := []string{"net/...", "encoding/...", "go/..."}
	if env := os.Getenv("SELFAPI_BENCH"); env != "" {
		patterns = strings.Fields(env)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax}, patterns...)
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range []*analysis.Analyzer{ssaBaseline, selfapi.Analyzer} {
		b.Run(a.Name, func(b *testing.B) {
			for range b.N {
				graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
				if err != nil {
					b.Fatal(err)
				}
				for act := range graph.All() {
					if act.Err != nil || len(act.Diagnostics) > 0 {
						b.Fatalf("%s on %s: err %v, %d findings", act.Analyzer.Name, act.Package.PkgPath, act.Err, len(act.Diagnostics))
					}
				}
			}
			b.ReportMetric(float64(len(pkgs)), "roots")
		})
	}
}

// ssaBaseline builds SSA for every package the way a fact-using analyzer
// that requires buildssa makes the checker do, and nothing else.
var ssaBaseline = &analysis.Analyzer{
	Name:      "ssabaseline",
	Doc:       "builds SSA for every package and does nothing else",
	Requires:  []*analysis.Analyzer{buildssa.Analyzer},
	FactTypes: []analysis.Fact{new(noFact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

type noFact struct{}

func (*noFact) AFact() {}
