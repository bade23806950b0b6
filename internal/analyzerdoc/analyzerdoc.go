// Package analyzerdoc extracts an analyzer's documentation from its
// package's doc.go, as golang.org/x/tools/go/analysis/passes do: the text
// after the "# Analyzer <name>" heading is the analyzer's Doc, so the two
// cannot drift apart.
package analyzerdoc

import (
	"fmt"
	"strings"
)

// Extract returns the documentation of analyzer name from the source of a
// doc.go file. It panics when the heading is missing: a programming error
// caught by every test of the analyzer.
func Extract(src, name string) string {
	heading := "// # Analyzer " + name + "\n"
	_, after, ok := strings.Cut(src, heading)
	if !ok {
		panic(fmt.Sprintf("analyzerdoc: no %q heading", strings.TrimSpace(heading)))
	}
	comment, _, _ := strings.Cut(after, "\npackage ")
	var lines []string
	for _, l := range strings.Split(comment, "\n") {
		l = strings.TrimPrefix(l, "//")
		l = strings.TrimPrefix(l, " ")
		lines = append(lines, l)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
