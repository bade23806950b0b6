// Package web renders Inertia pages with gonertia.
package web

import (
	"net/http"

	"github.com/romsar/gonertia/v2"
)

type Event struct {
	Name    string
	OnClick func()
}

type App struct{ inertia *gonertia.Inertia }

func (a *App) Events(w http.ResponseWriter, r *http.Request, events []Event) { // want Events:`props helper: param 2 → props.events`
	a.inertia.Render(w, r, "Events", gonertia.Props{
		"events": events, // want `Props\["events"\]\[\]\.OnClick has type func\(\), which encoding/json cannot encode`
		"count":  len(events),
	})
}

// gonertia calls func() any and func() (any, error) props and encodes
// their results: they are not encoded as functions.
func (a *App) Lazy(w http.ResponseWriter, r *http.Request, load func() ([]string, error)) {
	a.inertia.Render(w, r, "Lazy", gonertia.Props{
		"names": func() any { return []string{"a"} },
		"later": gonertia.Defer(func() (any, error) { return load() }),
		"title": func() string { return "x" }, // want `Props\["title"\] has type func\(\) string, which encoding/json cannot encode`
	})
}
