// Package postpage renders one post; its pages are built from the list of
// slugs GetStaticPaths returns.
package postpage

import (
	"context"
	"errors"

	"example.com/blog/internal/render"
	"example.com/blog/internal/store"
)

// Props are a post page's props.
type Props struct {
	Post store.Post `json:"post"`
}

// GetStaticProps loads the post named by the slug parameter.
func GetStaticProps(ctx context.Context, params map[string]string) (Props, error) {
	p, err := store.PostBySlug(ctx, params["slug"])
	if errors.Is(err, store.ErrNotFound) {
		return Props{}, render.ErrNotFound
	}
	return Props{Post: p}, err
}

// GetStaticPaths lists the slugs to pre-render.
func GetStaticPaths(ctx context.Context) ([]string, error) {
	posts, err := store.Posts(ctx)
	if err != nil {
		return nil, err
	}
	slugs := make([]string, len(posts))
	for i, p := range posts {
		slugs[i] = p.Slug
	}
	return slugs, nil
}
