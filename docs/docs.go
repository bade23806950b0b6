// Package docs embeds the rule pages so that `ssrlint -explain <rule>`
// prints the same text as docs/rules/<rule>.md.
package docs

import "embed"

//go:embed rules/*.md
var rules embed.FS

// Rule returns the page of the rule name.
func Rule(name string) (string, bool) {
	data, err := rules.ReadFile("rules/" + name + ".md")
	return string(data), err == nil
}
