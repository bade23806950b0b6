package cachehdr

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a field value. Message says what is
// wrong, what caches make of it and what to write instead.
type Problem struct {
	Start, End int // the text the problem is about
	Message    string
	Fix        *Fix // nil when no rewrite is certain
}

// Fix replaces value[Start:End] with New.
type Fix struct {
	Message    string
	Start, End int
	New        string
}

// Check parses value and returns its problems in order.
func Check(value string) []Problem {
	var c checker
	c.value = value
	seps := ","
	if semis := semicolons(value); len(semis) > 0 {
		for _, i := range semis {
			c.report(i, i+1, `directives are separated by commas, not semicolons: caches read the directives around ";" as one unknown directive; write ","`,
				&Fix{Message: `Replace ";" with ","`, Start: i, End: i + 1, New: ","})
		}
		seps = ",;" // check the directives as they were meant
	}
	dirs := parse(value, seps)
	for _, d := range dirs {
		c.checkDirective(d)
	}
	c.checkDuplicates(dirs)
	c.checkContradictions(dirs)
	return c.problems
}

type checker struct {
	value    string
	problems []Problem
}

func (c *checker) report(start, end int, msg string, fix *Fix) {
	c.problems = append(c.problems, Problem{Start: start, End: end, Message: msg, Fix: fix})
}

// semicolons returns the offsets of the semicolons outside quoted strings.
func semicolons(value string) []int {
	var out []int
	for i := 0; i < len(value); i++ {
		switch value[i] {
		case '"':
			i = quotedEnd(value, i) - 1
		case ';':
			out = append(out, i)
		}
	}
	return out
}

// checkDirective checks one directive's name and argument.
func (c *checker) checkDirective(d Directive) {
	name := c.value[d.Start:d.NameEnd]
	if d.Opaque {
		return
	}
	if !isToken(name) {
		c.report(d.Start, d.End, fmt.Sprintf("%q is not a directive (a name, optionally =value): caches ignore it", d.Span(c.value)), nil)
		return
	}
	kind, ok := known[d.Name]
	if !ok {
		c.reportUnknown(d, name)
		return
	}
	if kind != noArg && d.HasArg && d.ArgStart-d.NameEnd != 1 {
		c.report(d.Start, d.End, fmt.Sprintf("no whitespace is allowed around \"=\" in %q: caches may not read the argument; write %s=%s", d.Span(c.value), name, d.Arg),
			&Fix{Message: "Remove the whitespace around \"=\"", Start: d.NameEnd, End: d.ArgStart, New: "="})
	}
	switch kind {
	case noArg:
		if d.HasArg {
			c.report(d.Start, d.End, fmt.Sprintf("%s takes no argument, but has =%s: caches ignore the argument and read plain %s; remove it", d.Name, d.Arg, d.Name),
				&Fix{Message: "Remove =" + d.Arg, Start: d.NameEnd, End: d.End, New: ""})
		}
	case seconds, optSeconds:
		c.checkSeconds(d, name, kind == optSeconds)
	case optFieldNames:
		if d.HasArg && !isToken(d.Arg) && !isQuoted(d.Arg) {
			c.report(d.Start, d.End, fmt.Sprintf("the argument of %s must be a quoted list of field names (%s=\"Set-Cookie\"), not %s: caches may ignore the directive", d.Name, d.Name, d.Arg), nil)
		}
	}
}

func (c *checker) reportUnknown(d Directive, name string) {
	if s := closest(name); s != "" {
		c.report(d.Start, d.End, fmt.Sprintf("unknown directive %s: caches ignore it; did you mean %s?", name, s),
			&Fix{Message: fmt.Sprintf("Replace %s with %s", name, s), Start: d.Start, End: d.NameEnd, New: s})
		return
	}
	c.report(d.Start, d.End, fmt.Sprintf("unknown directive %s: caches ignore it; use the directives of RFC 9111 (max-age, s-maxage, no-cache, no-store, private, public, ...)", name), nil)
}

// checkSeconds checks a delta-seconds argument: 1*DIGIT, unquoted.
func (c *checker) checkSeconds(d Directive, name string, optional bool) {
	if strings.IndexByte(d.Arg, Hole) >= 0 {
		return // a formatted number: unknown, not wrong
	}
	if !d.HasArg || d.Arg == "" {
		if !optional {
			c.report(d.Start, d.End, fmt.Sprintf("%s needs a number of seconds (%s=60): without one the directive is invalid and caches may treat the response as stale", name, d.Name), nil)
		}
		return
	}
	if unq, quoted := Unquote(d.Arg); quoted && isDigits(unq) {
		c.report(d.Start, d.End, fmt.Sprintf("%s=%s: a sender must not quote delta-seconds (RFC 9111 §5.2); write %s=%s", name, d.Arg, name, unq),
			&Fix{Message: "Remove the quotes", Start: d.ArgStart, End: d.End, New: unq})
		return
	}
	if !isDigits(d.Arg) {
		c.report(d.Start, d.End, fmt.Sprintf("%s=%s is not a number of seconds (a non-negative integer): caches may treat the response as stale; write e.g. %s=0", name, d.Arg, d.Name), nil)
	}
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isQuoted(s string) bool {
	return len(s) >= 2 && s[0] == '"' && quotedEnd(s, 0) == len(s) && s[len(s)-1] == '"'
}

// checkDuplicates reports a known directive given twice.
func (c *checker) checkDuplicates(dirs []Directive) {
	seen := map[string]bool{}
	for _, d := range dirs {
		if d.Opaque || !Known(d.Name) {
			continue
		}
		if seen[d.Name] {
			c.report(d.Start, d.End, fmt.Sprintf("%s is given twice: caches use the first or treat the response as stale; keep one", d.Name), nil)
		}
		seen[d.Name] = true
	}
}

// checkContradictions reports directives that cancel each other.
func (c *checker) checkContradictions(dirs []Directive) {
	if pub, priv := Find(dirs, "public"), Find(dirs, "private"); pub != nil && priv != nil {
		later := pub
		if priv.Start > pub.Start {
			later = priv
		}
		c.report(later.Start, later.End, "public and private contradict each other: a shared cache (CDN) may store one user's page; keep private for per-user pages, public otherwise", nil)
	}
	if Find(dirs, "no-store") != nil {
		for _, d := range dirs {
			switch d.Name {
			case "max-age", "s-maxage", "stale-while-revalidate", "stale-if-error":
				// max-age=0 with no-store is the common "never cache" idiom.
				if isDigits(d.Arg) && strings.Trim(d.Arg, "0") != "" {
					c.report(d.Start, d.End, fmt.Sprintf("%s has no effect with no-store: nothing is stored, so nothing is reused; remove %s or no-store", d.Span(c.value), d.Name), nil)
				}
			}
		}
	}
	if sm := Find(dirs, "s-maxage"); sm != nil && Find(dirs, "private") != nil {
		c.report(sm.Start, sm.End, "s-maxage has no effect with private: shared caches must not store a private response, and only they read s-maxage; drop s-maxage or private", nil)
	}
}

// Find returns the first directive named name (lower case), or nil.
func Find(dirs []Directive, name string) *Directive {
	for i := range dirs {
		if dirs[i].Name == name && !dirs[i].Opaque {
			return &dirs[i]
		}
	}
	return nil
}
