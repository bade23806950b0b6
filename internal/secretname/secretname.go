// Package secretname decides whether an identifier, a JSON key or an
// environment variable name names a secret: PasswordHash, api_key,
// STRIPE_SECRET_KEY, refreshToken. Names are split into lower-case words at
// case changes, digits and separators, and a name matches a term when the
// term's words appear in it as consecutive words (or glued into one word:
// "apikey"). Bare "token", "hash" and "key" are not secrets, and allowed
// terms ("csrf token") win over secret ones.
//
// sensitiveprops uses it on props fields and environment variables;
// serveronly can use it on the names that literals are assigned to.
package secretname

import (
	"strings"
	"unicode"
)

// DefaultTerms are the built-in secret terms, each one or more words.
var DefaultTerms = []string{
	"password", "passwd", "passphrase",
	"secret",
	"api key", "private key",
	"access token", "refresh token", "id token", "auth token", "bearer token",
	"session id", "session token", "session key",
	"ssn",
	"card number", "credit card", "cvv", "cvc",
}

// DefaultAllowed are the built-in allowed terms: names holding one of them
// are never secret, whatever else they hold.
var DefaultAllowed = []string{"csrf token", "xsrf token", "csrf secret"}

// A Matcher matches names against secret and allowed terms. The zero
// Matcher matches nothing; use New.
type Matcher struct {
	secret  [][]string
	allowed [][]string
}

// New returns a Matcher for the default terms plus extra secret terms and
// extra allowed terms (each a phrase of words in any spelling: "pin code",
// "pinCode" and "PIN_CODE" are the same term).
func New(extra, allowed []string) *Matcher {
	m := new(Matcher)
	for _, t := range append(append([]string(nil), DefaultTerms...), extra...) {
		if w := Words(t); len(w) > 0 {
			m.secret = append(m.secret, w)
		}
	}
	for _, t := range append(append([]string(nil), DefaultAllowed...), allowed...) {
		if w := Words(t); len(w) > 0 {
			m.allowed = append(m.allowed, w)
		}
	}
	return m
}

// Match returns the secret term that name holds, as space-separated
// words, and whether there is one. An allowed term in name makes it not
// secret.
func (m *Matcher) Match(name string) (term string, ok bool) {
	return m.match(name, func(words, term []string) bool { return holds(words, term, true) })
}

// MatchLast is Match restricted to names that end with the secret term
// (CVV, CardNumber, UserSSN but not PasswordLength): for values such as
// numbers, where a name that only mentions a secret is usually about it
// (a length, a count) rather than the secret itself.
func (m *Matcher) MatchLast(name string) (term string, ok bool) {
	return m.match(name, endsWith)
}

func (m *Matcher) match(name string, found func(words, term []string) bool) (string, bool) {
	words := Words(name)
	if len(words) == 0 {
		return "", false
	}
	for _, a := range m.allowed {
		if holds(words, a, false) {
			return "", false
		}
	}
	for _, s := range m.secret {
		if found(words, s) {
			return strings.Join(s, " "), true
		}
	}
	return "", false
}

// holds reports whether words contain term as consecutive words, or the
// term glued into one word ("apikey", "sessionid"). With plural set, the
// last word may carry a plural "s" (Passwords, ClientSecrets).
func holds(words, term []string, plural bool) bool {
	glued := strings.Join(term, "")
	for i, w := range words {
		if equalWord(w, glued, plural) {
			return true
		}
		if i+len(term) > len(words) {
			continue
		}
		match := true
		for j, t := range term {
			if !equalWord(words[i+j], t, plural && j == len(term)-1) {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

func endsWith(words, term []string) bool {
	last := words[len(words)-1]
	glued := strings.Join(term, "")
	if equalWord(last, glued, true) {
		return true
	}
	if len(words) < len(term) {
		return false
	}
	return holds(words[len(words)-len(term):], term, true)
}

func equalWord(w, t string, plural bool) bool {
	return w == t || plural && w == t+"s"
}

// Words splits a name into lower-case words: at underscores, hyphens,
// dots, spaces and other non-alphanumerics, at lower-to-upper case changes
// (passwordHash), before the last capital of an upper-case run followed by
// a lower-case letter (APIKey: api, key), and between letters and digits.
func Words(name string) []string {
	var words []string
	rs := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start >= 0 && boundary(rs, i) {
			flush(i)
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(rs))
	return words
}

// boundary reports whether a new word starts at rs[i], given that rs[i-1]
// is part of the current word.
func boundary(rs []rune, i int) bool {
	prev, cur := rs[i-1], rs[i]
	switch {
	case unicode.IsDigit(prev) != unicode.IsDigit(cur):
		return true
	case unicode.IsLower(prev) && unicode.IsUpper(cur):
		return true
	case unicode.IsUpper(prev) && unicode.IsUpper(cur):
		// "APIKey": the K starts a word when a lower-case letter follows.
		return i+1 < len(rs) && unicode.IsLower(rs[i+1])
	}
	return false
}
