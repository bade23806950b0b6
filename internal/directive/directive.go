// Package directive parses ssrlint's comment directives: lines of the form
// "//ssrlint:<name> <args>" with no space after the slashes, as Go's own
// directives (//go:build, //nolint) are written.
package directive

import (
	"go/ast"
	"strings"
	"unicode"
)

// Names of the directives.
const (
	ServerOnly = "server-only" // package doc or func/type declaration
	Client     = "client"      // package doc
	Sensitive  = "sensitive"   // type declaration or struct field
	Ignore     = "ignore"      // //ssrlint:ignore <analyzer>[,<analyzer>] <reason>
)

// Names are the directives ssrlint knows.
var Names = []string{ServerOnly, Client, Sensitive, Ignore}

const prefix = "//ssrlint:"

// Directive is one parsed directive comment.
type Directive struct {
	Comment *ast.Comment
	Name    string // "server-only", "ignore", ...
	Args    string // the rest of the line, trimmed
}

// Parse parses c, reporting false when c is not an ssrlint directive.
func Parse(c *ast.Comment) (Directive, bool) {
	rest, ok := strings.CutPrefix(c.Text, prefix)
	if !ok {
		return Directive{}, false
	}
	// Any white space ends the name: "//ssrlint:ignore\tx" is an ignore.
	name, args := rest, ""
	if i := strings.IndexFunc(rest, unicode.IsSpace); i >= 0 {
		name, args = rest[:i], rest[i:]
	}
	return Directive{Comment: c, Name: name, Args: strings.TrimSpace(args)}, true
}

// In returns the directives in the comment group g (which may be nil).
func In(g *ast.CommentGroup) []Directive {
	if g == nil {
		return nil
	}
	var ds []Directive
	for _, c := range g.List {
		if d, ok := Parse(c); ok {
			ds = append(ds, d)
		}
	}
	return ds
}

// Has reports whether g holds the directive name.
func Has(g *ast.CommentGroup, name string) bool {
	for _, d := range In(g) {
		if d.Name == name {
			return true
		}
	}
	return false
}
