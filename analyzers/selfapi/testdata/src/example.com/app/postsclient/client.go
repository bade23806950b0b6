// Package postsclient holds helpers that call the app's own API.
package postsclient

import (
	"context"
	"encoding/json"
	"net/http"
)

const apiBase = "http://127.0.0.1:8080"

type Post struct{ Title string }

// Load calls the app's own API.
func Load(ctx context.Context) ([]Post, error) { // want Load:`requests: GET http://localhost:8080/api/posts`
	var posts []Post
	err := FetchJSON(ctx, "http://localhost:8080/api/posts", &posts)
	return posts, err
}

// FetchJSON gets url and decodes the JSON response: the URL is its
// caller's.
func FetchJSON(ctx context.Context, url string, v any) error { // want FetchJSON:`requests: GET \{url\}`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v)
}

// Client is a client of the app's API.
type Client struct{ HTTP *http.Client }

// Posts calls the app's own API through a method.
func (c *Client) Posts() ([]Post, error) { // want Posts:`requests: GET http://127.0.0.1:8080/api/posts`
	resp, err := c.HTTP.Get(apiBase + "/api/posts")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return nil, nil
}

// Repos calls GitHub: no fact.
func (c *Client) Repos() error {
	resp, err := c.HTTP.Get("https://api.github.com/repos/golang/go")
	if err == nil {
		resp.Body.Close()
	}
	return err
}
