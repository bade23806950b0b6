// Package cachecontrol defines an Analyzer that checks the Cache-Control
// values the code sets.
//
// # Analyzer cachecontrol
//
// cachecontrol: Cache-Control values parse per RFC 9111 and do not let shared caches serve one user's page to another
//
// Next.js: "You can use caching headers (Cache-Control) inside
// getServerSideProps to cache dynamic responses", with the example
// 'public, s-maxage=10, stale-while-revalidate=59'.
//
// The analyzer finds every Cache-Control value set on an http.Header —
// h.Set and h.Add with any spelling of the field name, h["Cache-Control"] =
// []string{...} and http.Header{...} literals — in props functions, handlers
// and anywhere else. It evaluates the value from constants, concatenation,
// fmt.Sprintf, strconv.Itoa and strings.Join (text it cannot evaluate is
// never guessed at) and parses it per RFC 9111 §5.2, RFC 5861
// (stale-while-revalidate, stale-if-error) and RFC 8246 (immutable). It
// reports:
//
//   - unknown directives, with a suggested fix when one registered
//     directive is close (s-max-age, max_age, stale-while-revalidated);
//   - a directive that needs delta-seconds without them, or with a value
//     that is not a non-negative integer, or quoted; an argument on a
//     directive that takes none (public=1); whitespace around "=";
//     semicolons between directives;
//   - duplicated directives; public with private; no-store with a non-zero
//     max-age, s-maxage or stale-*; private with s-maxage;
//   - public or s-maxage on a response whose function reads the request's
//     identity (r.Cookie, r.Cookies, r.BasicAuth, the Authorization or
//     Cookie header, a configured session getter, or a function that does
//     so, in any package) unless the same function sets a Vary field naming
//     Cookie or Authorization: a shared cache (CDN) would serve one user's
//     page to others.
//
// A helper that writes its parameter as the Cache-Control (or Vary) value,
// in any package, is followed: the constant its caller passes
// (httpcache.Set(w, httpcache.Edge)) is checked at the call, with the
// caller's identity reads.
//
// Fixes rewrite only the string literal the problem is in.
package cachecontrol
