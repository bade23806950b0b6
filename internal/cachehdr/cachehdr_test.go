package cachehdr

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	value := ` public ,max-age = 60,, no-cache="Set-Cookie, Vary"`
	got := Parse(value)
	want := []struct{ name, arg, span string }{
		{"public", "", "public"},
		{"max-age", "60", "max-age = 60"},
		{"no-cache", `"Set-Cookie, Vary"`, `no-cache="Set-Cookie, Vary"`},
	}
	if len(got) != len(want) {
		t.Fatalf("Parse(%q) = %d directives, want %d: %+v", value, len(got), len(want), got)
	}
	for i, w := range want {
		if g := got[i]; g.Name != w.name || g.Arg != w.arg || g.Span(value) != w.span {
			t.Errorf("directive %d = %q %q %q, want %q %q %q", i, g.Name, g.Arg, g.Span(value), w.name, w.arg, w.span)
		}
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		value string
		want  []string // substrings of the messages, in order
		fixed string   // the value with every fix applied; "" when no fix
	}{
		// The seed's own example and common correct values.
		{value: "public, s-maxage=10, stale-while-revalidate=59"},
		{value: "no-cache"},
		{value: "private, max-age=0, must-revalidate"},
		{value: "no-cache, no-store, max-age=0, must-revalidate"},
		{value: "Public, MAX-AGE=31536000, Immutable"},
		{value: `private="Set-Cookie", no-cache="Set-Cookie, Authorization"`},
		{value: "max-stale"},
		{value: "public,, max-age=1,"},
		{value: "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"},

		{value: "s-max-age=10", want: []string{"unknown directive s-max-age: caches ignore it; did you mean s-maxage?"}, fixed: "s-maxage=10"},
		{value: "public, max_age=60", want: []string{"did you mean max-age?"}, fixed: "public, max-age=60"},
		{value: "stale-while-revalidated=59", want: []string{"did you mean stale-while-revalidate?"}, fixed: "stale-while-revalidate=59"},
		{value: "no-cahce", want: []string{"did you mean no-cache?"}, fixed: "no-cache"},
		{value: "x-cdn-hint", want: []string{"unknown directive x-cdn-hint: caches ignore it; use the directives of RFC 9111"}},
		{value: "max-age", want: []string{"max-age needs a number of seconds"}},
		{value: "stale-while-revalidate", want: []string{"stale-while-revalidate needs a number of seconds"}},
		{value: "max-age=ten", want: []string{"max-age=ten is not a number of seconds"}},
		{value: "max-age=-1", want: []string{"max-age=-1 is not a number of seconds"}},
		{value: "max-age=1.5", want: []string{"max-age=1.5 is not a number of seconds"}},
		{value: `max-age="60"`, want: []string{"must not quote delta-seconds"}, fixed: "max-age=60"},
		{value: "public=1", want: []string{"public takes no argument, but has =1"}, fixed: "public"},
		{value: "no-store=0", want: []string{"no-store takes no argument"}, fixed: "no-store"},
		{value: "max-age = 60", want: []string{`no whitespace is allowed around "="`}, fixed: "max-age=60"},
		{value: "public; max-age=60", want: []string{"separated by commas, not semicolons"}, fixed: "public, max-age=60"},
		{value: "max-age=60, max-age=120", want: []string{"max-age is given twice"}},
		{value: "public, private", want: []string{"public and private contradict"}},
		{value: "no-store, max-age=60", want: []string{"max-age=60 has no effect with no-store"}},
		{value: "private, s-maxage=10", want: []string{"s-maxage has no effect with private"}},
		{value: "max age=5", want: []string{`"max age=5" is not a directive`}},
		{value: `private=a b`, want: []string{"must be a quoted list of field names"}},

		// Holes: unknown text is never guessed at.
		{value: "public, max-age=\x00"},
		{value: "\x00"},
		{value: "no-store, max-age=\x00"},
		{value: "s-max-age=\x00", want: []string{"did you mean s-maxage?"}, fixed: "s-maxage=\x00"},
		{value: "public=\x00", want: []string{"public takes no argument"}, fixed: "public"},
	}
	for _, tt := range tests {
		problems := Check(tt.value)
		var got []string
		for _, p := range problems {
			got = append(got, p.Message)
		}
		if len(got) != len(tt.want) {
			t.Errorf("Check(%q) = %q, want %d problems %q", tt.value, got, len(tt.want), tt.want)
			continue
		}
		for i := range got {
			if !strings.Contains(got[i], tt.want[i]) {
				t.Errorf("Check(%q)[%d] = %q, want it to contain %q", tt.value, i, got[i], tt.want[i])
			}
		}
		if fixed := applyFixes(tt.value, problems); fixed != tt.fixed {
			t.Errorf("Check(%q) fixed = %q, want %q", tt.value, fixed, tt.fixed)
		}
	}
}

// applyFixes applies the fixes of problems (which do not overlap, in
// order) and returns "" when there are none.
func applyFixes(value string, problems []Problem) string {
	var b strings.Builder
	at, fixed := 0, false
	for _, p := range problems {
		if p.Fix == nil {
			continue
		}
		b.WriteString(value[at:p.Fix.Start])
		b.WriteString(p.Fix.New)
		at, fixed = p.Fix.End, true
	}
	if !fixed {
		return ""
	}
	b.WriteString(value[at:])
	return b.String()
}

func TestClosest(t *testing.T) {
	for name, want := range map[string]string{
		"s-max-age": "s-maxage", "smaxage": "s-maxage", "maxage": "max-age", "MAX_AGE": "max-age",
		"privat": "private", "pubic": "public", "nostore": "no-store", "immutible": "immutable",
		"foo": "", "x-cdn-hint": "", "max": "",
	} {
		if got := closest(name); got != want {
			t.Errorf("closest(%q) = %q, want %q", name, got, want)
		}
	}
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"public, s-maxage=10, stale-while-revalidate=59", "s-max-age=10", `no-cache="a, b", private`,
		"public; max-age = 60", `max-age="60`, "max-age=\x00", `a="\"`, ",,=,", "no-store, max-age=60, public, private",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, value string) {
		end := 0
		for _, d := range Parse(value) {
			if d.Start < end || d.Start >= d.End || d.End > len(value) || d.NameEnd > d.End || d.ArgStart > d.End || d.Start > d.NameEnd {
				t.Fatalf("Parse(%q): bad spans %+v", value, d)
			}
			end = d.End
		}
		for _, p := range Check(value) {
			if p.Start < 0 || p.Start > p.End || p.End > len(value) || p.Message == "" {
				t.Fatalf("Check(%q): bad problem %+v", value, p)
			}
			if fx := p.Fix; fx != nil && (fx.Start < p.Start || fx.End > p.End || fx.Start > fx.End) {
				t.Fatalf("Check(%q): fix outside its problem %+v", value, p)
			}
		}
	})
}
