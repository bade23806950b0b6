package cachehdr

import "strings"

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
		switch d := editDistance(strings.ToLower(name), k); {
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

// editDistance is the Levenshtein distance of a and b, counting an
// adjacent transposition as one edit.
func editDistance(a, b string) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
