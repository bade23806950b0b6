package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/ssrlint/ssrlint/docs"
	"golang.org/x/tools/go/analysis"
)

// explain prints the documentation of the analyzer name: its rule page
// when there is one, its Doc otherwise.
func explain(name string, analyzers []*analysis.Analyzer, stdout, stderr io.Writer) int {
	for _, a := range analyzers {
		if a.Name != name {
			continue
		}
		if page, ok := docs.Rule(name); ok {
			fmt.Fprint(stdout, page)
		} else {
			fmt.Fprintln(stdout, a.Doc)
		}
		return ExitClean
	}
	var names []string
	for _, a := range analyzers {
		names = append(names, a.Name)
	}
	fmt.Fprintf(stderr, "ssrlint: -explain %q: no such analyzer (have: %s)\n", name, strings.Join(names, ", "))
	return ExitError
}
