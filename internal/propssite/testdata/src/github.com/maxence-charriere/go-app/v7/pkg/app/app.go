// Package app stands in for github.com/maxence-charriere/go-app/v7/pkg/app
// in tests: the real import path and the signatures ssrlint looks at,
// written for ssrlint, with no behaviour.
package app

import "net/http"

type UI interface{}

type Composer interface {
	UI
	Render() UI
}

type Compo struct{}

func (c *Compo) Render() UI { return nil }

func Text(v interface{}) UI { return v }

func Route(path string, node UI) {}

// Run starts the browser app; the server build panics in it.
func Run() {}

type Environment map[string]string

type Handler struct {
	Name string
	Env  Environment
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
