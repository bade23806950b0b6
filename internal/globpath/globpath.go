// Package globpath matches import paths against the slash-separated glob
// patterns used in ssrlint's configuration.
//
// A pattern is a sequence of path elements separated by "/". An element
// "**" matches any number of import path elements (including none); any
// other element is matched against exactly one import path element with
// path.Match syntax ("*", "?", "[...]").
//
//	**/pages/**        every package with a "pages" element
//	**/pages/api/**    every package below a "pages/api" element
//	example.com/shop/web/...  is NOT a pattern: write example.com/shop/web/**
package globpath

import (
	"fmt"
	"path"
	"strings"
)

// Pattern is a compiled import path pattern.
type Pattern struct {
	text  string
	elems []string
}

// Compile checks pattern and returns it compiled.
func Compile(pattern string) (Pattern, error) {
	if pattern == "" {
		return Pattern{}, fmt.Errorf("empty pattern")
	}
	elems := strings.Split(pattern, "/")
	for _, e := range elems {
		if e == "" {
			return Pattern{}, fmt.Errorf("pattern %q has an empty path element", pattern)
		}
		if e == "**" {
			continue
		}
		if strings.Contains(e, "**") {
			return Pattern{}, fmt.Errorf("pattern %q: ** must be a whole path element", pattern)
		}
		if _, err := path.Match(e, ""); err != nil {
			return Pattern{}, fmt.Errorf("pattern %q: bad element %q: %v", pattern, e, err)
		}
	}
	return Pattern{text: pattern, elems: elems}, nil
}

// String returns the pattern as written.
func (p Pattern) String() string { return p.text }

// Match reports whether importPath matches the pattern.
func (p Pattern) Match(importPath string) bool {
	return match(p.elems, strings.Split(importPath, "/"))
}

func match(pat, elems []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			rest := pat[1:]
			for i := 0; i <= len(elems); i++ {
				if match(rest, elems[i:]) {
					return true
				}
			}
			return false
		}
		if len(elems) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], elems[0]); !ok {
			return false
		}
		pat, elems = pat[1:], elems[1:]
	}
	return len(elems) == 0
}

// Set is a list of patterns; it matches when any of them does.
type Set []Pattern

// Match returns the first pattern of s that matches importPath.
func (s Set) Match(importPath string) (Pattern, bool) {
	for _, p := range s {
		if p.Match(importPath) {
			return p, true
		}
	}
	return Pattern{}, false
}
