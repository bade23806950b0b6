// Command prerender writes the notes app as a static website. It imports
// ui, whose Start runs the browser app, but never calls it: it is not
// compiled for the browser.
package main

import (
	"log"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"example.com/notes/store"
	"example.com/notes/ui"
)

func main() {
	if _, err := store.Open("file:notes.db"); err != nil {
		log.Fatal(err)
	}
	ui.Routes()
	if err := app.GenerateStaticWebsite("dist", &app.Handler{Name: "Notes"}); err != nil {
		log.Fatal(err)
	}
}
