// Package cachehdr parses Cache-Control field values (RFC 9111 §5.2, with
// the extensions of RFC 5861 and RFC 8246) and finds what is wrong with
// them: unknown or misspelled directives, bad arguments, duplicates and
// contradictions. Offsets are byte offsets into the field value, so a
// caller can map a problem back to the source text it came from.
//
// A value may hold Hole bytes where the caller could not evaluate the text
// (a variable, a formatted number): a directive touched by a hole is
// checked only as far as its known text allows, and never guessed at.
package cachehdr

import "strings"

// Hole stands for text that could not be evaluated. It cannot appear in a
// real field value (RFC 9110 §5.5 forbids NUL).
const Hole = '\x00'

// Directive is one cache-directive of a field value:
//
//	cache-directive = token [ "=" ( token / quoted-string ) ]
type Directive struct {
	Name string // lower-cased; directive names are case-insensitive
	// Arg is the argument as written, quotes included; "" when there is
	// no "=".
	Arg    string
	HasArg bool

	Start, End int // the directive without surrounding whitespace
	NameEnd    int // end of the name, before any whitespace or "="
	ArgStart   int // start of Arg; equal to End when there is none

	// Opaque is set when the name contains a Hole: nothing is known.
	Opaque bool
}

// Span returns the directive's text in value.
func (d Directive) Span(value string) string { return value[d.Start:d.End] }

// Parse splits a field value into its directives. Empty list elements are
// skipped, as RFC 9110 §5.6.1 requires of recipients. Parse never fails:
// malformed directives are returned as written and Check reports them.
func Parse(value string) []Directive { return parse(value, ",") }

// parse splits at any byte of seps outside quoted strings.
func parse(value, seps string) []Directive {
	var out []Directive
	start := 0
	for i := 0; i <= len(value); i++ {
		if i < len(value) && value[i] == '"' {
			i = quotedEnd(value, i) - 1
			continue
		}
		if i < len(value) && strings.IndexByte(seps, value[i]) < 0 {
			continue
		}
		if d, ok := parseDirective(value, start, i); ok {
			out = append(out, d)
		}
		start = i + 1
	}
	return out
}

// quotedEnd returns the offset just after the quoted string that starts at
// value[i] == '"', or len(value) when it is not terminated.
func quotedEnd(value string, i int) int {
	for j := i + 1; j < len(value); j++ {
		switch value[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(value)
}

// parseDirective parses value[start:end], one list element.
func parseDirective(value string, start, end int) (Directive, bool) {
	for start < end && isOWS(value[start]) {
		start++
	}
	for end > start && isOWS(value[end-1]) {
		end--
	}
	if start == end {
		return Directive{}, false
	}
	d := Directive{Start: start, End: end, NameEnd: end, ArgStart: end}
	if eq := strings.IndexByte(value[start:end], '='); eq >= 0 {
		d.HasArg = true
		d.NameEnd = start + eq
		d.ArgStart = start + eq + 1
		for d.NameEnd > start && isOWS(value[d.NameEnd-1]) {
			d.NameEnd--
		}
		for d.ArgStart < end && isOWS(value[d.ArgStart]) {
			d.ArgStart++
		}
		d.Arg = value[d.ArgStart:end]
	}
	name := value[start:d.NameEnd]
	d.Name = strings.ToLower(name)
	d.Opaque = strings.IndexByte(name, Hole) >= 0
	return d, true
}

func isOWS(c byte) bool { return c == ' ' || c == '\t' }

// isToken reports whether s is an RFC 9110 token (a hole counts as token
// text: it may well be one).
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if !isTchar(s[i]) && s[i] != Hole {
			return false
		}
	}
	return true
}

func isTchar(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

// Unquote returns the argument without its quotes and escapes, and whether
// it was quoted.
func Unquote(arg string) (string, bool) {
	if len(arg) < 2 || arg[0] != '"' || arg[len(arg)-1] != '"' {
		return arg, false
	}
	var b strings.Builder
	for i := 1; i < len(arg)-1; i++ {
		if arg[i] == '\\' && i+1 < len(arg)-1 {
			i++
		}
		b.WriteByte(arg[i])
	}
	return b.String(), true
}
