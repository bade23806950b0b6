// Package vettool is the ssrlint executable as a vet tool: the child
// process that `go vet -vettool` and the unit runner start for each
// package unit (the unitchecker protocol: a *.cfg file describing the unit,
// facts in vetx files, JSON results), and the Invocation that both drivers
// render into their own command lines.
package vettool

import (
	"flag"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// DigestFlag carries the configuration digest into the tool's flags, and so
// into go vet's cache key and the unit runner's.
const DigestFlag = "config-digest"

// Invocation is one analysis of packages by the vet tool, whichever driver
// runs it: go vet or the unit runner.
type Invocation struct {
	Tool       string   // the vet tool executable (ssrlint itself)
	ToolFlags  []string // analyzer flags and -config-digest, "-selfapi.settings=..."
	BuildFlags []string // flags of the go command that select files, "-tags=..."
	Patterns   []string // package patterns
}

// Is reports whether args (without the program name) are a call by a
// driver following the unitchecker protocol: -V=full, -flags, or a unit
// description file *.cfg.
func Is(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "-flags" || a == "--flags" || strings.HasSuffix(a, ".cfg") {
			return true
		}
	}
	return false
}

// Main analyzes one unit and exits.
func Main(analyzers []*analysis.Analyzer) {
	tuneGC(heapBudget)
	flag.String(DigestFlag, "", "digest of the configuration file (set by the ssrlint driver to key the result caches)")
	unitchecker.Main(withProfiler(analyzers, os.Args[1:])...)
}
