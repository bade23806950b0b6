package handlers

import (
	"net/http"

	"example.com/app/auth"
)

func currentUserName(r *http.Request) string { // want currentUserName:`the cookies \(r.Cookie\) in auth.CurrentUser`
	u, err := auth.CurrentUser(r)
	if err != nil {
		return ""
	}
	return u.Name
}

// Dashboard reads the Authorization header.
func Dashboard(w http.ResponseWriter, r *http.Request) { // want Dashboard:`the Authorization header`
	token := r.Header.Get("Authorization")
	w.Header().Set("Cache-Control", "public, max-age=60") // want `Cache-Control "public, max-age=60" lets a shared cache \(CDN\) serve this user's page to other users: the response depends on the Authorization header \(r.Header.Get\)`
	w.Write([]byte(token))
}

// Inbox reads the cookie through two functions of two packages.
func Inbox(w http.ResponseWriter, r *http.Request) { // want Inbox:`in currentUserName`
	name := currentUserName(r)
	w.Header().Set("Cache-Control", "s-maxage=30") // want `the response depends on the cookies \(r.Cookie\) in auth.CurrentUser in currentUserName;`
	w.Write([]byte(name))
}

// Session reads the session through a configured session getter.
func Session(store *auth.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u := store.Session(r.URL.Query().Get("sid"))
		w.Header()["Cache-Control"] = []string{"public", "max-age=60"} // want `the response depends on the session \(store.Session\)`
		w.Write([]byte(u.Name))
	}
}

// Basic reads basic auth; Vary on another field does not help.
func Basic(w http.ResponseWriter, r *http.Request) { // want Basic:`r.BasicAuth`
	user, _, _ := r.BasicAuth()
	w.Header().Set("Vary", "Accept-Encoding")
	w.Header().Set("Cache-Control", "public") // want `the response depends on the Authorization header \(r.BasicAuth\)`
	w.Write([]byte(user))
}

// Varied varies on Authorization: silent.
func Varied(w http.ResponseWriter, r *http.Request) { // want Varied:`the Authorization header \(r.Header\["Authorization"\]\)`
	token := r.Header["Authorization"]
	w.Header().Add("Vary", "Authorization")
	w.Header().Set("Cache-Control", "public, max-age=60")
	w.Write([]byte(token[0]))
}

// Private keeps the page in the browser's cache: silent.
func Private(w http.ResponseWriter, r *http.Request) { // want Private:`r.Cookie`
	c, _ := r.Cookie("session")
	w.Header().Set("Cache-Control", "private, max-age=0, must-revalidate")
	w.Write([]byte(c.Value))
}

// Revalidated is revalidated at every use: silent.
func Revalidated(w http.ResponseWriter, r *http.Request) { // want Revalidated:`r.Cookie`
	c, _ := r.Cookie("session")
	w.Header().Set("Cache-Control", "public, no-cache")
	w.Write([]byte(c.Value))
}

// Anonymous reads the locale, not the user: silent.
func Anonymous(w http.ResponseWriter, r *http.Request) {
	lang := auth.Locale(r)
	w.Header().Set("Cache-Control", "public, max-age=60")
	w.Write([]byte(lang))
}

// Middleware reads the cookie in its handler; the outer function sets a
// public header on nothing it serves itself: silent.
func Middleware(next http.Handler) http.Handler {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("session"); err != nil {
			http.Error(w, "sign in", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
	return h
}
