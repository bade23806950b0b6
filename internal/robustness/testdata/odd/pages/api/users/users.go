// Package users is an API route registered with Go 1.22 patterns.
package users

import (
	"encoding/json"
	"net/http"
)

type user struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/users/{id}", get)
	mux.Handle("POST /api/users", http.HandlerFunc(create))
}

func get(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(user{ID: r.PathValue("id")})
}

func create(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}
