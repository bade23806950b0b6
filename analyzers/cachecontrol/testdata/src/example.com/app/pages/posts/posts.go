// Package posts is a public page cached the way the seed shows.
package posts

import (
	"context"
	"net/http"
)

type Props struct{ Titles []string }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	// The seed's own value: silent.
	w.Header().Set("Cache-Control", "public, s-maxage=10, stale-while-revalidate=59")
	return Props{Titles: []string{"hello"}}, nil
}
