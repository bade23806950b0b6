// Package urlval recovers the URL a value of a Go program designates, as far
// as it is known statically: literal text where the program spells it out,
// and holes for the parts that are only known at run time (an environment
// variable, the host of the incoming request, a parameter of the function,
// anything else).
//
// The values are evaluated over SSA (see Evaluator), so values that flow
// through local variables, phis and simple helpers are followed.
package urlval

import (
	"strings"
)

// Kind says what a Part of a URL is.
type Kind uint8

const (
	// Lit is literal text.
	Lit Kind = iota
	// Unknown is a value known only at run time.
	Unknown
	// Env is the value of the environment variable Text.
	Env
	// RequestHost is the host of the request being served (r.Host,
	// r.URL.Host, the X-Forwarded-Host header).
	RequestHost
	// Param is the URL designated by parameter Index of the enclosing
	// function (the receiver of a method is parameter 0); the caller
	// substitutes its argument.
	Param
)

// Part is literal text or a hole.
type Part struct {
	Kind  Kind
	Text  string // the literal; the variable name of an Env hole; a description of an Unknown hole
	Index int    // parameter index of a Param hole
}

// URL is a URL as a sequence of parts; adjacent literals are merged.
type URL []Part

// Literal returns the URL made of s.
func Literal(s string) URL {
	if s == "" {
		return nil
	}
	return URL{{Kind: Lit, Text: s}}
}

// Hole returns a URL that is a single hole.
func Hole(k Kind, text string) URL { return URL{{Kind: k, Text: text}} }

// Concat returns the URLs one after the other.
func Concat(us ...URL) URL {
	var out URL
	for _, u := range us {
		for _, p := range u {
			out = out.append(p)
		}
	}
	return out
}

func (u URL) append(p Part) URL {
	if p.Kind == Lit {
		if p.Text == "" {
			return u
		}
		if n := len(u); n > 0 && u[n-1].Kind == Lit {
			merged := append(URL(nil), u...)
			merged[n-1].Text += p.Text
			return merged
		}
	}
	return append(u, p)
}

// IsLiteral reports whether u is entirely known.
func (u URL) IsLiteral() bool {
	for _, p := range u {
		if p.Kind != Lit {
			return false
		}
	}
	return true
}

// HasParams reports whether u still depends on parameters of its function.
func (u URL) HasParams() bool {
	for _, p := range u {
		if p.Kind == Param {
			return true
		}
	}
	return false
}

// Substitute replaces each Param hole by arg(index).
func (u URL) Substitute(arg func(index int) URL) URL {
	var out URL
	for _, p := range u {
		if p.Kind == Param {
			out = Concat(out, arg(p.Index))
			continue
		}
		out = out.append(p)
	}
	return out
}

// String renders u for messages: literals as they are, holes in braces
// ({$APP_URL}, {r.Host}, {id}).
func (u URL) String() string {
	var b strings.Builder
	for _, p := range u {
		switch p.Kind {
		case Lit:
			b.WriteString(p.Text)
		case Env:
			b.WriteString("{$" + p.Text + "}")
		case RequestHost:
			b.WriteString("{r.Host}")
		default:
			b.WriteString("{" + p.describe() + "}")
		}
	}
	return b.String()
}

func (p Part) describe() string {
	if p.Text != "" {
		return p.Text
	}
	return "…"
}

// trimPrefix removes the literal prefix s from u, reporting whether u
// starts with it.
func (u URL) trimPrefix(s string) (URL, bool) {
	if len(u) == 0 || u[0].Kind != Lit || !strings.HasPrefix(u[0].Text, s) {
		return u, false
	}
	rest := u[0].Text[len(s):]
	return Concat(Literal(rest), u[1:]), true
}

// cut splits u at the first occurrence of sep in a literal part.
func (u URL) cut(sep string) (before, after URL, found bool) {
	for i, p := range u {
		if p.Kind != Lit {
			continue
		}
		if j := strings.Index(p.Text, sep); j >= 0 {
			before = Concat(u[:i], Literal(p.Text[:j]))
			after = Concat(Literal(p.Text[j+len(sep):]), u[i+1:])
			return before, after, true
		}
	}
	return u, nil, false
}
