// Package httpcache sets the caching headers of the app's handlers: the
// policies are its constants, the handlers pick one.
package httpcache

import "net/http"

const (
	// Edge lets the CDN keep a page for five minutes.
	Edge = "public, s-maxage=300"
	// Browser keeps a page in the visitor's browser only.
	Browser = "private, max-age=60"
	// Legacy is misspelled: caches ignore s-max-age.
	Legacy = "public, s-max-age=300"
)

// Set writes policy as the response's Cache-Control.
func Set(w http.ResponseWriter, policy string) { // want Set:`sets Cache-Control to parameter 1`
	w.Header().Set("Cache-Control", policy)
}

// Page sets the policy of a page, through Set.
func Page(w http.ResponseWriter, policy string) { // want Page:`sets Cache-Control to parameter 1`
	Set(w, policy)
}

// PerUser sets the policy of a page that differs per visitor, varying on
// the cookie.
func PerUser(w http.ResponseWriter, policy string) { // want PerUser:`sets Cache-Control to parameter 1, varies on credentials`
	w.Header().Set("Vary", "Cookie")
	w.Header().Set("Cache-Control", policy)
}

// Vary names the request fields a response depends on.
func Vary(w http.ResponseWriter, fields string) { // want Vary:`sets Vary to parameter 1`
	w.Header().Add("Vary", fields)
}
