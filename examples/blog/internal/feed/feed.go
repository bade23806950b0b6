// Package feed loads the list of posts for the pages that show one.
package feed

import (
	"context"
	"encoding/json"
	"net/http"
	"os"

	"example.com/blog/internal/store"
)

// Latest returns the posts, newest first as the API serves them.
//
// VIOLATION (selfapi): it fetches them from the blog's own JSON API over
// HTTP, so every page that calls it from its props function makes a second
// request to this very server while rendering. The API route's handler
// (pages/api/posts) only calls store.Posts: call that directly.
func Latest(ctx context.Context) ([]store.Post, error) {
	base := os.Getenv("BASE_URL")
	if base == "" {
		base = "http://localhost:8080"
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/posts", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var posts []store.Post
	err = json.NewDecoder(resp.Body).Decode(&posts)
	return posts, err
}
