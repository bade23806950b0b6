// Package app stands in for github.com/maxence-charriere/go-app/v10/pkg/app
// in tests: the real import path and the signatures ssrlint looks at,
// written for ssrlint, with no behaviour. From v10 on, Handler.Env is a
// plain map[string]string.
package app

import (
	"net/http"
	"runtime"
)

const (
	IsClient = runtime.GOARCH == "wasm" && runtime.GOOS == "js"
	IsServer = runtime.GOARCH != "wasm" || runtime.GOOS != "js"
)

type UI interface{}

type Composer interface {
	UI
	Render() UI
}

type Compo struct{}

func (c *Compo) Render() UI { return nil }

func Route(path string, newComponent func() Composer) {}

func RunWhenOnBrowser() {}

func Getenv(k string) string { return "" }

type Handler struct {
	Name  string
	Title string
	Env   map[string]string
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func GenerateStaticWebsite(dir string, h *Handler, pages ...string) error { return nil }
