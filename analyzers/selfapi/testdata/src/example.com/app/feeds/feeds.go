// Package feeds loads the home page's feeds: some from this app's own API,
// some from elsewhere.
package feeds

import (
	"context"
	"encoding/json"
	"net/http"
)

type Post struct{ Title string }

// GetJSON gets url and decodes its JSON body into a T.
func GetJSON[T any](ctx context.Context, url string) (T, error) { // want GetJSON:`requests: GET \{url\}`
	var v T
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return v, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return v, err
	}
	defer resp.Body.Close()
	err = json.NewDecoder(resp.Body).Decode(&v)
	return v, err
}

// Client reads feeds from this app's API.
type Client struct{}

// Featured calls this app's own API through the generic helper.
func (c *Client) Featured(ctx context.Context) ([]Post, error) { // want Featured:`requests: GET http://localhost:8080/api/featured`
	return GetJSON[[]Post](ctx, "http://localhost:8080/api/featured")
}

// Trending calls an external service.
func (c *Client) Trending(ctx context.Context) ([]Post, error) {
	return GetJSON[[]Post](ctx, "https://trends.example.org/api/trending")
}

// Collection reads the collection at path of this app's API: a method of a
// generic type.
type Collection[T any] struct{ Path string }

func (s Collection[T]) All(ctx context.Context) ([]T, error) { // want All:`requests: GET /api/\{Path\}`
	return GetJSON[[]T](ctx, "/api/"+s.Path)
}

// Source is where the home page's posts come from.
type Source interface {
	Posts(ctx context.Context) ([]Post, error)
}

// APISource reads the posts from this app's own API.
type APISource struct{}

func (APISource) Posts(ctx context.Context) ([]Post, error) { // want Posts:`requests: GET /api/posts`
	return GetJSON[[]Post](ctx, "/api/posts")
}

// StoreSource reads them from the database.
type StoreSource struct{}

func (StoreSource) Posts(ctx context.Context) ([]Post, error) { return nil, nil }

// Drafts reads drafts: only StoreSource has them, so a call through this
// interface never reaches the API.
type Drafts interface {
	Drafts(ctx context.Context) ([]Post, error)
}

func (StoreSource) Drafts(ctx context.Context) ([]Post, error) { return nil, nil }
