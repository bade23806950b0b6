package handlers

import "net/http"

func Values(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "max-age")                 // want `Cache-Control "max-age": max-age needs a number of seconds \(max-age=60\): without one the directive is invalid and caches may treat the response as stale`
	w.Header().Set("Cache-Control", "max-age=ten")             // want `Cache-Control "max-age=ten": max-age=ten is not a number of seconds \(a non-negative integer\)`
	w.Header().Set("Cache-Control", "max-age=-1")              // want `Cache-Control "max-age=-1": max-age=-1 is not a number of seconds`
	w.Header().Set("Cache-Control", "stale-while-revalidate")  // want `stale-while-revalidate needs a number of seconds`
	w.Header().Set("Cache-Control", "max-age=60, max-age=120") // want `max-age is given twice: caches use the first or treat the response as stale; keep one`
	w.Header().Set("Cache-Control", "x-cdn-hint")              // want `unknown directive x-cdn-hint: caches ignore it; use the directives of RFC 9111`
	//ssrlint:ignore cachecontrol the legacy CDN in front of this route reads it
	w.Header().Set("Cache-Control", "x-legacy-hint")
	w.Header().Set("Cache-Control", "max age=5") // want `"max age=5" is not a directive`
}
