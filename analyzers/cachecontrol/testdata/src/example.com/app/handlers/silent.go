package handlers

import (
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
)

const year = 365 * 24 * 60 * 60

func Silent(w http.ResponseWriter, r *http.Request, policy string, ttl int) {
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Cache-Control", "private, max-age=0, must-revalidate")
	w.Header().Set("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")
	w.Header().Set("Cache-Control", "Public, MAX-AGE=31536000, Immutable")
	w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d, immutable", year))
	w.Header().Set("Cache-Control", "public, max-age="+strconv.Itoa(year))
	w.Header().Set("Cache-Control", strings.Join([]string{"public", "s-maxage=10"}, ", "))
	w.Header().Set("Cache-Control", `private, no-cache="Set-Cookie"`)

	// Another header with the same text.
	w.Header().Set("X-Cache-Policy", "s-max-age=10")
	w.Header().Set("Surrogate-Control", "max-age")

	// Values that cannot be evaluated are not guessed at.
	w.Header().Set("Cache-Control", policy)
	w.Header().Set("Cache-Control", os.Getenv("CACHE_CONTROL"))
	w.Header().Set("Cache-Control", "no-store, max-age="+strconv.Itoa(ttl))
	w.Header().Set("Cache-Control", fmt.Sprintf("%s, max-age=%d", policy, ttl))
	w.Header().Set("Cache-Control", fmt.Sprintf("max-age=%5d", ttl))

	// A variable assigned twice has no single value.
	v := "s-max-age=10"
	if ttl > 0 {
		v = "max-age=10"
	}
	w.Header().Set("Cache-Control", v)
}
