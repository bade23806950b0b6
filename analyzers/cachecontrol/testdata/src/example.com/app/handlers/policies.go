package handlers

import (
	"net/http"

	"example.com/app/auth"
	"example.com/app/httpcache"
)

// Feed is a user's feed made shared-cacheable through a helper.
func Feed(w http.ResponseWriter, r *http.Request) { // want Feed:`r.Cookie`
	u, _ := auth.CurrentUser(r)
	httpcache.Set(w, httpcache.Edge) // want `Cache-Control "public, s-maxage=300" lets a shared cache \(CDN\) serve this user's page to other users: the response depends on the cookies \(r.Cookie\) in auth.CurrentUser;`
	w.Write([]byte(u.Name))
}

// Timeline goes through two helpers.
func Timeline(w http.ResponseWriter, r *http.Request) { // want Timeline:`r.Cookie`
	u, _ := auth.CurrentUser(r)
	httpcache.Page(w, httpcache.Edge) // want `Cache-Control "public, s-maxage=300" lets a shared cache`
	w.Write([]byte(u.Name))
}

// Silent: the browser's cache only, a helper that varies on the cookie,
// a Vary set through a helper, a page that is the same for everyone.
func Settings(w http.ResponseWriter, r *http.Request) { // want Settings:`r.Cookie`
	u, _ := auth.CurrentUser(r)
	httpcache.Set(w, httpcache.Browser)
	w.Write([]byte(u.Name))
}

func Notifications(w http.ResponseWriter, r *http.Request) { // want Notifications:`r.Cookie`
	u, _ := auth.CurrentUser(r)
	httpcache.PerUser(w, httpcache.Edge)
	w.Write([]byte(u.Name))
}

func Messages(w http.ResponseWriter, r *http.Request) { // want Messages:`r.Cookie`
	u, _ := auth.CurrentUser(r)
	httpcache.Vary(w, "Cookie")
	httpcache.Set(w, httpcache.Edge)
	w.Write([]byte(u.Name))
}

func About(w http.ResponseWriter, r *http.Request) {
	httpcache.Set(w, httpcache.Edge)
}

// Archive passes a misspelled policy: reported where it is passed.
func Archive(w http.ResponseWriter, r *http.Request) {
	httpcache.Set(w, httpcache.Legacy) // want `Cache-Control "public, s-max-age=300": unknown directive s-max-age: caches ignore it; did you mean s-maxage\?`
}
