// Package docs embeds the rule pages so that `ssrlint -explain <rule>`
// prints the same text as docs/rules/<rule>.md.
//
// The pages are also the list of rule ids every analyzer knows, whatever
// the driver links in: .ssrlint.yml's enable and disable, and
// //ssrlint:ignore directives, accept the names that have a page. The
// suite's test keeps the pages and the registered analyzers equal.
package docs

import (
	"embed"
	"io/fs"
	"strings"
)

//go:embed rules/*.md
var rules embed.FS

// Rule returns the page of the rule name.
func Rule(name string) (string, bool) {
	data, err := rules.ReadFile("rules/" + name + ".md")
	return string(data), err == nil
}

// RuleNames returns the names of the rules that have a page, sorted.
func RuleNames() []string {
	entries, err := fs.ReadDir(rules, "rules")
	if err != nil {
		panic(err) // the directory is embedded: it is always there
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".md"))
	}
	return names
}
