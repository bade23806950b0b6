// Package ui holds the notes app's components. Start runs the app in the
// browser, but a library is not compiled for the browser by itself: only
// a main that calls it is.
package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

type Home struct{ app.Compo }

func (h *Home) Render() app.UI { return app.Text("Notes") }

func Routes() { app.Route("/", &Home{}) }

func Start() {
	Routes()
	app.RunWhenOnBrowser()
}
