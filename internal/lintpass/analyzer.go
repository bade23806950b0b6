package lintpass

import (
	"reflect"
	"slices"

	"github.com/ssrlint/ssrlint/internal/analyzerdoc"
	"github.com/ssrlint/ssrlint/internal/config"
	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/facts/generated"
)

// Spec is what an analyzer declares; New makes the analyzer.
type Spec struct {
	Name string
	// DocGo is the source of the analyzer package's doc.go (//go:embed
	// doc.go): the text after its "# Analyzer <Name>" heading is the Doc.
	DocGo     string
	Requires  []*analysis.Analyzer // beyond what the base needs
	FactTypes []analysis.Fact
	// ResultType, when set, is the type of what Run returns for analyzers
	// that require this one (a nil pointer when the analyzer is disabled).
	ResultType reflect.Type
	// TemplSites lets the analyzer report at props sites in templ's
	// generated files (Pass.TemplFiles); no other finding is reported in
	// generated code.
	TemplSites bool
	Run        func(*Pass) (any, error)
}

// rulePages is where the rule pages are published: the analyzer's URL.
const rulePages = "https://github.com/ssrlint/ssrlint/blob/main/docs/rules/"

// New returns the analyzer spec declares. Its Doc comes from doc.go, its
// URL is its rule page, and its run gets the base: the -config and
// -settings flags (config.RegisterFlags), the configuration, scoping and
// ignore directives of Pass, and a panic turned into an error.
func New(spec Spec) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:       spec.Name,
		Doc:        analyzerdoc.Extract(spec.DocGo, spec.Name),
		URL:        rulePages + spec.Name + ".md",
		Requires:   slices.Concat(spec.Requires, []*analysis.Analyzer{generated.Analyzer}),
		FactTypes:  spec.FactTypes,
		ResultType: spec.ResultType,
	}
	a.Run = wrap(config.RegisterFlags(&a.Flags), spec)
	return a
}
