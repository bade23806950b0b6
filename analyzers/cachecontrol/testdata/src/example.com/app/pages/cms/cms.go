// Package cms is a public page whose content comes from a CMS: the HTTP
// client reads the Cookie header of its own outgoing request (net/http's
// redirect handling), which says nothing about the visitor. Silent.
package cms

import (
	"context"
	"encoding/json"
	"net/http"
)

type Props struct {
	Posts []string `json:"posts"`
}

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	resp, err := http.Get("https://cms.example.com/posts")
	if err != nil {
		return Props{}, err
	}
	defer resp.Body.Close()
	var p Props
	if err := json.NewDecoder(resp.Body).Decode(&p.Posts); err != nil {
		return Props{}, err
	}
	w.Header().Set("Cache-Control", "public, max-age=300")
	return p, nil
}
