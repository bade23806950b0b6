// Package credential recognizes well-known credential formats in strings:
// provider key prefixes (Stripe, AWS, GitHub, Slack) and PEM private keys.
// It matches shapes, not names: a hit means the text itself is a secret,
// whatever variable holds it.
package credential

import "strings"

// A format is one well-known credential shape: a fixed prefix followed by
// a body of at least minBody (and, when maxBody > 0, at most maxBody)
// characters accepted by body.
type format struct {
	kind    string
	prefix  string
	minBody int
	maxBody int // 0: unbounded
	body    func(byte) bool
}

// formats are the recognized shapes of secret credentials. Keys that are
// public by design are in publicFormats instead.
var formats = []format{
	{"Stripe live secret key", "sk_live_", 16, 0, isAlnum},
	{"Stripe live restricted key", "rk_live_", 16, 0, isAlnum},
	{"AWS access key ID", "AKIA", 16, 16, isUpperAlnum},
	{"AWS temporary access key ID", "ASIA", 16, 16, isUpperAlnum},
	{"GitHub personal access token", "ghp_", 36, 0, isAlnum},
	{"GitHub OAuth token", "gho_", 36, 0, isAlnum},
	{"GitHub app token", "ghs_", 36, 0, isAlnum},
	{"GitHub user-to-server token", "ghu_", 36, 0, isAlnum},
	{"GitHub refresh token", "ghr_", 36, 0, isAlnum},
	{"GitHub fine-grained token", "github_pat_", 22, 0, isWord},
	{"Slack bot token", "xoxb-", 10, 0, isSlack},
	{"Slack user token", "xoxp-", 10, 0, isSlack},
	{"Slack app token", "xapp-", 10, 0, isSlack},
}

// publicFormats are keys made to be shipped to browsers: their owner
// protects them by restrictions (allowed referrers, allowed APIs, a
// publishable key's limited rights), not by secrecy. A Google API key
// ("AIza") is the key of the Maps JavaScript API and of Firebase web
// apps; one for a server-only API would have the same shape, which is why
// such keys must be restricted.
var publicFormats = []format{
	{"Google API key", "AIza", 35, 35, isGoogleKey},
	{"Stripe publishable key", "pk_live_", 16, 0, isAlnum},
	{"Stripe test publishable key", "pk_test_", 16, 0, isAlnum},
}

// Public returns what kind of public-by-design key s is ("Google API
// key"), or "" when it is none: a string that is such a key and nothing
// else, which is never a secret whatever name holds it.
func Public(s string) string {
	for _, f := range publicFormats {
		if strings.HasPrefix(s, f.prefix) && f.whole(s) {
			return f.kind
		}
	}
	return ""
}

// whole reports whether s, which starts with the prefix, is one key and
// nothing more.
func (f format) whole(s string) bool {
	n := len(s) - len(f.prefix)
	if n < f.minBody || f.maxBody > 0 && n > f.maxBody {
		return false
	}
	for i := len(f.prefix); i < len(s); i++ {
		if !f.body(s[i]) {
			return false
		}
	}
	return true
}

// Find returns what kind of credential s contains ("Stripe live secret
// key", "PEM private key"), or "" when it contains none.
func Find(s string) string {
	for _, f := range formats {
		if f.in(s) {
			return f.kind
		}
	}
	if hasPEMPrivateKey(s) {
		return "PEM private key"
	}
	return ""
}

// in reports whether s holds the format as a whole token: not glued to a
// preceding or following identifier character, so "xAKIA..." or a longer
// run of capitals is not an AWS key ID.
func (f format) in(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], f.prefix)
		if j < 0 {
			return false
		}
		start := i + j
		end := start + len(f.prefix)
		n := 0
		for end+n < len(s) && f.body(s[end+n]) && (f.maxBody == 0 || n < f.maxBody) {
			n++
		}
		before := start == 0 || !isWord(s[start-1])
		after := end+n == len(s) || !isWord(s[end+n])
		if before && after && n >= f.minBody {
			return true
		}
		i = start + 1
	}
}

// pemBody is how many base64 characters must follow a private-key header:
// a header alone is a parser's constant, not a key.
const pemBody = 32

// hasPEMPrivateKey reports whether s holds a PEM block whose type ends in
// "PRIVATE KEY" ("RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", ...) followed
// by key material.
func hasPEMPrivateKey(s string) bool {
	const begin, end = "-----BEGIN ", "PRIVATE KEY-----"
	for i := 0; ; {
		j := strings.Index(s[i:], begin)
		if j < 0 {
			return false
		}
		label := s[i+j+len(begin):]
		k := strings.Index(label, "-----")
		if k < 0 {
			return false
		}
		if strings.HasSuffix(label[:k+len("-----")], end) && !strings.ContainsAny(label[:k], "\n") && base64Run(label[k+len("-----"):]) >= pemBody {
			return true
		}
		i += j + len(begin)
	}
}

// base64Run counts the base64 characters at the start of s, line breaks
// and spaces skipped, stopping at the first other byte.
func base64Run(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\n' || c == '\r' || c == ' ':
		case isAlnum(c) || c == '+' || c == '/' || c == '=':
			n++
		default:
			return n
		}
	}
	return n
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isUpperAlnum(c byte) bool { return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' }

func isWord(c byte) bool { return isAlnum(c) || c == '_' }

func isSlack(c byte) bool { return isAlnum(c) || c == '-' }

func isGoogleKey(c byte) bool { return isWord(c) || c == '-' }
