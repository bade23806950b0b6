// Command split is the notes app done right: the server wiring sits in a
// file the browser build never compiles.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"example.com/notes/ui"
)

func main() {
	ui.Routes()
	app.RunWhenOnBrowser()
	serve()
}
