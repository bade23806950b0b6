package serveronly

import (
	_ "embed"

	"github.com/ssrlint/ssrlint/internal/lintpass"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer reports server-only code reaching client (browser/WASM) packages.
var Analyzer = lintpass.New(lintpass.Spec{
	Name:      "serveronly",
	DocGo:     doc,
	FactTypes: []analysis.Fact{new(reach), new(serverOnlySymbol)},
	Run:       run,
})

func run(p *lintpass.Pass) (any, error) {
	exportMarkedSymbols(p)
	imports := importsOf(p)
	r := computeReach(p, imports)
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
