// Package home is the blog's front page, rendered on every request.
package home

import (
	"context"
	"net/http"

	"example.com/blog/internal/store"
)

// Props are the front page's props.
type Props struct {
	Posts []store.Post `json:"posts"`
}

// GetServerSideProps lists the posts.
func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	posts, err := store.Posts(ctx)
	if err != nil {
		return Props{}, err
	}
	w.Header().Set("Cache-Control", "public, s-maxage=10, stale-while-revalidate=59")
	return Props{Posts: posts}, nil
}
