// Package mux is a stub of github.com/gorilla/mux for tests: the signatures
// of v1.8.1, no behaviour.
package mux

import "net/http"

type Router struct{}
type Route struct{}

func NewRouter() *Router { return &Router{} }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter,
	*http.Request)) *Route {
	return &Route{}
}
func (r *Router) PathPrefix(tpl string) *Route { return &Route{} }
func (r *Route) Subrouter() *Router            { return &Router{} }
