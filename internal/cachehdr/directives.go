package cachehdr

import (
	"strings"

	"github.com/ssrlint/ssrlint/internal/editdist"
)

// argKind says what argument a directive takes.
type argKind int

const (
	noArg         argKind = iota // public, no-store, ...
	seconds                      // delta-seconds, required: max-age=60
	optSeconds                   // delta-seconds, optional: max-stale
	optFieldNames                // an optional quoted list of field names: no-cache, private
)

// known are the registered directives: RFC 9111 §5.2.1 (request) and
// §5.2.2 (response), RFC 5861 (stale-*), RFC 8246 (immutable).
var known = map[string]argKind{
	"max-age":                seconds,
	"max-stale":              optSeconds,
	"min-fresh":              seconds,
	"must-revalidate":        noArg,
	"must-understand":        noArg,
	"no-cache":               optFieldNames,
	"no-store":               noArg,
	"no-transform":           noArg,
	"only-if-cached":         noArg,
	"private":                optFieldNames,
	"proxy-revalidate":       noArg,
	"public":                 noArg,
	"s-maxage":               seconds,
	"stale-while-revalidate": seconds,
	"stale-if-error":         seconds,
	"immutable":              noArg,
	// Internet Explorer's pre-check and post-check are obsolete and
	// ignored, but harmless and still sent by old "never cache" recipes:
	// reporting them would be noise.
	"pre-check":  seconds,
	"post-check": seconds,
}

// Known reports whether name (any case) is a registered directive.
func Known(name string) bool {
	_, ok := known[strings.ToLower(name)]
	return ok
}

// closest returns the registered directive that name is most likely a
// misspelling of, or "" when none is close enough to suggest. Close means
// equal once case, '-', '_' and spaces are ignored (s-max-age, max_age),
// or within two edits of exactly one directive (stale-while-revalidated).
func closest(name string) string {
	if len(name) < 4 {
		return ""
	}
	squash := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == '-' || r == '_' || r == ' ' {
				return -1
			}
			return r
		}, strings.ToLower(s))
	}
	best, bestDist, ties := "", 3, 0
	for k := range known {
		if squash(k) == squash(name) {
			return k
		}
		switch d := editdist.Distance(strings.ToLower(name), k); {
		case d < bestDist:
			best, bestDist, ties = k, d, 1
		case d == bestDist:
			ties++
		}
	}
	if ties != 1 {
		return ""
	}
	return best
}
