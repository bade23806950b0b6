// Package routes knows the HTTP routes a Go module serves: it parses route
// patterns of net/http, chi, gorilla/mux, gin and echo into one form,
// discovers registrations in SSA, derives the route of an API route
// package from its import path, and matches request paths against routes.
package routes

import (
	"strings"

	"github.com/ssrlint/ssrlint/internal/urlval"
)

// Syntax is the pattern syntax of a router.
type Syntax int

const (
	// ServeMux is net/http's: "[METHOD ][HOST]/path/{id}/{rest...}", a
	// trailing slash matches the whole subtree, "{$}" anchors the end.
	ServeMux Syntax = iota
	// Framework is chi's, gorilla/mux's, gin's and echo's: a path whose
	// segments ":id", "{id}", "{id:regexp}" are wildcards and whose last
	// segment "*" or "*name" matches the rest.
	Framework
)

// Pattern is a parsed route pattern.
type Pattern struct {
	Method string // "" for any method
	Host   string // "" for any host
	Segs   []Seg
	// Rest is set when the pattern matches any further segments (a
	// ServeMux pattern ending in "/", a {name...} or * wildcard).
	Rest bool
}

// Seg is one path segment of a pattern: a literal or a wildcard.
type Seg struct {
	Lit  string
	Wild bool
}

// Parse parses a route pattern. method is the method the registration
// names ("" when it names none). It reports false for text that is not a
// pattern of syntax.
func Parse(syntax Syntax, method, text string) (Pattern, bool) {
	p := Pattern{Method: strings.ToUpper(method)}
	if syntax == ServeMux {
		if m, rest, found := strings.Cut(text, " "); found {
			p.Method, text = strings.ToUpper(m), strings.TrimLeft(rest, " \t")
		}
		slash := strings.IndexByte(text, '/')
		if slash < 0 {
			return Pattern{}, false
		}
		p.Host, text = text[:slash], text[slash:]
	}
	if !strings.HasPrefix(text, "/") {
		return Pattern{}, false
	}
	elems := strings.Split(text[1:], "/")
	for i, e := range elems {
		last := i == len(elems)-1
		switch {
		case last && e == "" && syntax == ServeMux:
			p.Rest = true
		case last && e == "{$}":
		case last && isRest(syntax, e):
			p.Rest = true
		case isWildcard(syntax, e):
			p.Segs = append(p.Segs, Seg{Wild: true})
		case e == "" && !last:
			return Pattern{}, false
		case e != "":
			p.Segs = append(p.Segs, Seg{Lit: e})
		}
	}
	return p, true
}

func isRest(syntax Syntax, e string) bool {
	if syntax == ServeMux {
		return strings.HasPrefix(e, "{") && strings.HasSuffix(e, "...}")
	}
	return strings.HasPrefix(e, "*")
}

func isWildcard(syntax Syntax, e string) bool {
	braced := len(e) >= 2 && e[0] == '{' && e[len(e)-1] == '}'
	if syntax == ServeMux {
		return braced
	}
	return braced || len(e) > 1 && e[0] == ':'
}

// String returns the pattern in net/http syntax: "GET /api/users/{}".
func (p Pattern) String() string {
	var b strings.Builder
	if p.Method != "" {
		b.WriteString(p.Method + " ")
	}
	b.WriteString(p.Host)
	for _, s := range p.Segs {
		b.WriteByte('/')
		if s.Wild {
			b.WriteString("{}")
		} else {
			b.WriteString(s.Lit)
		}
	}
	switch {
	case p.Rest:
		b.WriteString("/")
	case len(p.Segs) == 0:
		b.WriteString("/{$}")
	}
	return b.String()
}

// Specific reports whether the pattern names at least one literal path
// segment: "/" or "/{page}" catch almost anything and tell nothing about a
// request.
func (p Pattern) Specific() bool {
	for _, s := range p.Segs {
		if !s.Wild {
			return true
		}
	}
	return false
}

// Match reports whether a request with method (maybe "") to path (an
// absolute path, maybe with holes) is served by p. A segment with holes
// matches only a wildcard; a hole is taken to stay within its segment.
func (p Pattern) Match(method string, path urlval.URL) bool {
	if !p.matchMethod(strings.ToUpper(method)) {
		return false
	}
	segs, ok := segments(path)
	if !ok || len(segs) < len(p.Segs) || len(segs) > len(p.Segs) && !p.Rest {
		return false
	}
	for i, s := range p.Segs {
		got := segs[i]
		switch {
		case s.Wild && len(got) == 0:
			return false
		case !s.Wild && (!got.IsLiteral() || len(got) == 0 || got[0].Text != s.Lit):
			return false
		}
	}
	return true
}

func (p Pattern) matchMethod(method string) bool {
	return p.Method == "" || method == "" || p.Method == method || p.Method == "GET" && method == "HEAD"
}

// segments splits an absolute path at its literal slashes; a trailing
// slash adds no empty segment.
func segments(path urlval.URL) ([]urlval.URL, bool) {
	if len(path) == 0 || path[0].Kind != urlval.Lit || !strings.HasPrefix(path[0].Text, "/") {
		return nil, false
	}
	var segs []urlval.URL
	var cur urlval.URL
	for i, part := range path {
		if part.Kind != urlval.Lit {
			cur = urlval.Concat(cur, urlval.URL{part})
			continue
		}
		text := part.Text
		if i == 0 {
			text = text[1:]
		}
		pieces := strings.Split(text, "/")
		for j, piece := range pieces {
			if j > 0 {
				segs = append(segs, cur)
				cur = nil
			}
			cur = urlval.Concat(cur, urlval.Literal(piece))
		}
	}
	if len(cur) > 0 {
		segs = append(segs, cur)
	}
	return segs, true
}
