// Package archive is the archive page: every post, rendered on each
// request.
package archive

import (
	"context"
	"net/http"

	"example.com/blog/internal/feed"
	"example.com/blog/internal/store"
)

// Props are the archive page's props.
type Props struct {
	Posts []store.Post `json:"posts"`
	// VIOLATION (propsjson): "omitempy" is not a json option, so a zero
	// Total is still written; the intended option is omitempty.
	Total int `json:"total,omitempy"`
}

// GetServerSideProps lists the posts through feed.Latest, which calls the
// blog's own API over HTTP (see the VIOLATION note there).
func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	posts, err := feed.Latest(ctx)
	return Props{Posts: posts, Total: len(posts)}, err
}
