// Package store holds the blog's posts and users (in memory: a real app
// would use a database).
package store

import (
	"context"
	"errors"
	"sort"
)

// Post is a blog post.
type Post struct {
	Slug   string `json:"slug"`
	Title  string `json:"title"`
	Body   string `json:"body"`
	Author string `json:"author"`
}

// ErrNotFound is returned for a missing post.
var ErrNotFound = errors.New("store: not found")

var posts = map[string]Post{
	"hello":  {Slug: "hello", Title: "Hello, world", Body: "The first post.", Author: "ada"},
	"props":  {Slug: "props", Title: "Props are public", Body: "Everything in props ends up in the HTML.", Author: "ada"},
	"caches": {Slug: "caches", Title: "Shared caches", Body: "public means a CDN may keep it.", Author: "alan"},
}

// Posts returns every post, ordered by slug.
func Posts(ctx context.Context) ([]Post, error) {
	out := make([]Post, 0, len(posts))
	for _, p := range posts {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Slug < out[j].Slug })
	return out, ctx.Err()
}

// PostBySlug returns one post.
func PostBySlug(ctx context.Context, slug string) (Post, error) {
	p, ok := posts[slug]
	if !ok {
		return Post{}, ErrNotFound
	}
	return p, ctx.Err()
}
