package api // want package:`routes: GET /api/users/\{\} app/api.GetUser; /api/posts app/api.ListPosts`

// api registers the app's JSON API on a ServeMux.

import "net/http"

type User struct{ Name string }

func GetUser(w http.ResponseWriter, r *http.Request)   {}
func ListPosts(w http.ResponseWriter, r *http.Request) {}

func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/users/{id}", GetUser)
	mux.Handle("/api/posts/{$}", http.HandlerFunc(ListPosts))
}
