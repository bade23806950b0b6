package serveronly

import (
	_ "embed"

	"github.com/ssrlint/ssrlint/internal/analyzerdoc"
	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer reports server-only code reaching client (browser/WASM) packages.
var Analyzer = &analysis.Analyzer{
	Name:      "serveronly",
	Doc:       analyzerdoc.Extract(doc, "serveronly"),
	URL:       "https://github.com/ssrlint/ssrlint/blob/main/docs/rules/serveronly.md",
	Requires:  lintpass.Requires,
	FactTypes: []analysis.Fact{new(reach), new(serverOnlySymbol)},
}

var loader = config.RegisterFlags(&Analyzer.Flags)

func init() { Analyzer.Run = lintpass.Wrap(loader, run) }

func run(p *lintpass.Pass) (any, error) {
	exportMarkedSymbols(p)
	imports := importsOf(p)
	r := computeReach(p, imports.packages())
	// Commands are never imported (their test main neither): no fact.
	if p.Pkg.Name() != "main" && (r.ServerOnly != "" || r.Client || len(r.Paths) > 0) {
		p.ExportPackageFact(r)
	}
	if !r.Client {
		return nil, nil
	}
	reportImports(p, imports)
	reportReferences(p)
	reportSecrets(p)
	return nil, nil
}
