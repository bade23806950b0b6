package handlers

import "net/http"

func Contradictions(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, private")      // want `Cache-Control "public, private": public and private contradict each other: a shared cache \(CDN\) may store one user's page; keep private for per-user pages, public otherwise`
	w.Header().Set("Cache-Control", "no-store, max-age=60") // want `Cache-Control "no-store, max-age=60": max-age=60 has no effect with no-store: nothing is stored, so nothing is reused; remove max-age or no-store`
	w.Header().Set("Cache-Control", "private, s-maxage=10") // want `Cache-Control "private, s-maxage=10": s-maxage has no effect with private: shared caches must not store a private response, and only they read s-maxage; drop s-maxage or private`

	// Across the values of one field.
	w.Header()["Cache-Control"] = []string{"public", "private"} // want `public and private contradict`
}
