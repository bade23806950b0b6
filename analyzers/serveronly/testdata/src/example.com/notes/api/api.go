// want package:` reach\(example\.com/notes/store → database/sql \(server-only: built-in list\)\)}$`

// Package api serves the notes JSON API.
package api

import (
	"encoding/json"
	"net/http"

	"example.com/notes/store"
)

func Handler(s *store.Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode([]store.Note{})
	})
}
