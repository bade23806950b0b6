// Package home is the blog's front page, rendered on every request.
package home

import (
	"context"
	"net/http"
	"regexp"

	"example.com/blog/internal/store"
)

// Props are the front page's props.
type Props struct {
	Posts []store.Post `json:"posts"`
}

// GetServerSideProps lists the posts, filtered by the ?title= pattern.
func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	posts, err := store.Posts(ctx)
	if err != nil {
		return Props{}, err
	}
	// VIOLATION (cachecontrol): "s-max-age" is not a directive; caches
	// ignore it, so the CDN never caches the front page. `ssrlint -fix`
	// rewrites it to the seed's s-maxage=10.
	w.Header().Set("Cache-Control", "public, s-max-age=10, stale-while-revalidate=59")
	return Props{Posts: matching(posts, r.URL.Query().Get("title"))}, nil
}

// matching keeps the posts whose title matches pattern.
func matching(posts []store.Post, pattern string) []store.Post {
	if pattern == "" {
		return posts
	}
	// VIOLATION (propserror): a visitor's ?title=( makes MustCompile panic,
	// and the request dies instead of showing the 500 page. Use
	// regexp.Compile and return the error from GetServerSideProps.
	re := regexp.MustCompile(pattern)
	var out []store.Post
	for _, p := range posts {
		if re.MatchString(p.Title) {
			out = append(out, p)
		}
	}
	return out
}
