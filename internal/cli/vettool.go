package cli

import (
	"flag"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// digestFlag carries the configuration digest into go vet's cache key.
const digestFlag = "config-digest"

// IsVetTool reports whether args (without the program name) are a call by
// go vet following the unitchecker protocol: -V=full, -flags, or a unit
// description file *.cfg.
func IsVetTool(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "-flags" || a == "--flags" || strings.HasSuffix(a, ".cfg") {
			return true
		}
	}
	return false
}

// VetMain analyzes one unit for go vet and exits.
func VetMain(analyzers []*analysis.Analyzer) {
	flag.String(digestFlag, "", "digest of the configuration file (set by the ssrlint driver to key go vet's cache)")
	unitchecker.Main(withProfiler(analyzers, os.Args[1:])...)
}
