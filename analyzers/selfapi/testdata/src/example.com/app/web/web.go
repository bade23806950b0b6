// Package web serves Inertia pages: a handler that renders a page is held
// to the same rule as a props function.
package web

import (
	"encoding/json"
	"net/http"

	"github.com/romsar/gonertia/v2"
)

type Server struct{ inertia *gonertia.Inertia }

func (s *Server) Dashboard(w http.ResponseWriter, r *http.Request) { // want Dashboard:`requests: GET http://localhost:8080/api/stats`
	resp, err := http.Get("http://localhost:8080/api/stats") // want `Server.Dashboard → GET http://localhost:8080/api/stats .*calls this app's own API over HTTP \(loopback host localhost\)`
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var stats map[string]any
	json.NewDecoder(resp.Body).Decode(&stats)
	s.inertia.Render(w, r, "Dashboard", gonertia.Props{"stats": stats})
}

func (s *Server) News(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("https://news.example.org/api/headlines")
	if err != nil {
		return
	}
	resp.Body.Close()
	s.inertia.Render(w, r, "News", gonertia.Props{})
}

// Proxy renders no page: what it forwards is its business.
func Proxy(w http.ResponseWriter, r *http.Request) { // want Proxy:`requests: GET http://localhost:8080/api/stats`
	resp, err := http.Get("http://localhost:8080/api/stats")
	if err == nil {
		resp.Body.Close()
	}
}
