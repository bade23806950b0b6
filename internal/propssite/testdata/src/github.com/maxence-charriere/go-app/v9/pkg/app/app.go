// Package app stands in for github.com/maxence-charriere/go-app/v9/pkg/app
// in tests: the real import path and the signatures ssrlint looks at,
// written for ssrlint, with no behaviour.
package app

import (
	"net/http"
	"runtime"
)

// IsClient and IsServer are run-time checks: both builds compile the
// code they guard.
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

func Text(v any) UI { return v }

func Route(path string, c Composer) {}

func RunWhenOnBrowser() {}

func Getenv(k string) string { return "" }

type Environment map[string]string

type Handler struct {
	Name  string
	Title string
	Env   Environment
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func GenerateStaticWebsite(dir string, h *Handler, pages ...string) error { return nil }
