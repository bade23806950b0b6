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
	// VIOLATION (sensitiveprops): the whole account record goes into the
	// props to show the author's name, and with it the password hash, which
	// every reader can see in the page source (props.author.passwordHash).
	// The page should get its own type with only the name.
	Author store.User `json:"author"`
}

// GetStaticProps loads the post named by the slug parameter.
func GetStaticProps(ctx context.Context, params map[string]string) (Props, error) {
	p, err := store.PostBySlug(ctx, params["slug"])
	if errors.Is(err, store.ErrNotFound) {
		return Props{}, render.ErrNotFound
	}
	if err != nil {
		return Props{}, err
	}
	author, err := store.UserByLogin(ctx, p.Author)
	return Props{Post: p, Author: author}, err
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
