// Package api serves the shop's JSON API. API responses are not props:
// nothing here is rendered into a page.
package api

import (
	"encoding/json"
	"net/http"

	"example.com/inertiashop/internal/models"
)

// Stats answers GET /api/stats.
func Stats(store *models.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]int{"customers": len(store.Users)})
	}
}
