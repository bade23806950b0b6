// Package handlers holds plain HTTP handlers: cachecontrol checks
// Cache-Control values everywhere, not only in pages.
package handlers

import (
	"fmt"
	"net/http"
	"strconv"
)

// feedPolicy is fixed where it is declared.
const feedPolicy = "public, max_age=300" // want `Cache-Control "public, max_age=300": unknown directive max_age: caches ignore it; did you mean max-age\?`

func Typos(w http.ResponseWriter, r *http.Request, ttl int) {
	w.Header().Set("Cache-Control", "s-max-age=10")                           // want `Cache-Control "s-max-age=10": unknown directive s-max-age: caches ignore it; did you mean s-maxage\?`
	w.Header().Set("cache-control", "max-age=60, stale-while-revalidated=30") // want `unknown directive stale-while-revalidated: caches ignore it; did you mean stale-while-revalidate\?`
	w.Header().Add("CACHE-CONTROL", "public=1")                               // want `Cache-Control "public=1": public takes no argument, but has =1: caches ignore the argument and read plain public; remove it`
	w.Header().Set("Cache-Control", "public; max-age=60")                     // want `directives are separated by commas, not semicolons`
	w.Header().Set("Cache-Control", `max-age="60"`)                           // want `a sender must not quote delta-seconds`
	w.Header().Set("Cache-Control", feedPolicy)

	// A Sprintf'd value: the format's literal text is fixed, the hole kept.
	w.Header().Set("Cache-Control", fmt.Sprintf("public, s-max-age=%d", ttl))   // want `Cache-Control "public, s-max-age=…": unknown directive s-max-age: caches ignore it; did you mean s-maxage\?`
	w.Header().Set("Cache-Control", "max-age="+strconv.Itoa(ttl)+", immutible") // want `unknown directive immutible: caches ignore it; did you mean immutable\?`

	// Direct map writes and header literals.
	w.Header()["Cache-Control"] = []string{"nostore"} // want `did you mean no-store\?`
	h := http.Header{"Cache-Control": {"privat"}}     // want `did you mean private\?`
	_ = h
}
