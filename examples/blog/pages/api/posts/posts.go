// Package apiposts is the API route /api/posts: the posts as JSON, for
// browser code.
package apiposts

import (
	"encoding/json"
	"net/http"

	"example.com/blog/internal/store"
)

// Handler serves GET /api/posts.
func Handler(w http.ResponseWriter, r *http.Request) {
	posts, err := store.Posts(r.Context())
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(posts)
}
