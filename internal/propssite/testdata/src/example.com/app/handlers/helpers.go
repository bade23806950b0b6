package handlers

import (
	"net/http"

	"example.com/app/legacy"
	"example.com/app/render"
	"example.com/app/ui"
	"github.com/romsar/gonertia/v2"
)

type Item struct{ Name string }

type Shop struct{ inertia *gonertia.Inertia }

// page is a same-package render helper.
func (s *Shop) page(w http.ResponseWriter, r *http.Request, name string, data gonertia.Props) {
	s.inertia.Render(w, r, name, data) // want `gonertia props gonertia.\(\*Inertia\).Render: props gonertia.Props`
}

func (s *Shop) Items(w http.ResponseWriter, r *http.Request, items []Item) { // want Items:`props helper: param 2 → props \(Render\)`
	s.page(w, r, "Items", render.PageOf(items, "next"))      // want `gonertia props page → gonertia.\(\*Inertia\).Render: props gonertia.Props`
	render.Page(s.inertia, w, r, "Items", render.Title("x")) // want `gonertia props Page → gonertia.\(\*Inertia\).Render: props gonertia.Props`
	ui.Show(s.inertia, w, r, items[0])                       // want `gonertia props Show → Page → gonertia.\(\*Inertia\).Render: props.record handlers.Item`
	legacy.Render(w, items)                                  // want `props-sinks props Render: props \[\]handlers.Item`
	legacy.Log(w, items)
}
