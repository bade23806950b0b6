// Command notes is built twice, for the server and as app.wasm: the API
// handlers it imports for the server ship to every browser too.
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"example.com/notes/api"   // want `client package example\.com/notes/cmd/notes \(go-app main calling app\.RunWhenOnBrowser, compiled for the browser\) imports example\.com/notes/api → example\.com/notes/store → database/sql \(server-only: built-in list\), which compiles server code into the browser bundle; a run-time app\.IsServer check does not change what is compiled: move the server wiring into a file built only for the server \(//go:build !wasm\)`
	"example.com/notes/store" // want `imports example\.com/notes/store → database/sql`
	"example.com/notes/ui"
)

func main() {
	ui.Routes()
	app.RunWhenOnBrowser()

	if app.IsServer {
		s, err := store.Open(os.Getenv("DATABASE_URL"))
		if err != nil {
			log.Fatal(err)
		}
		http.Handle("/api/", api.Handler(s))
		http.Handle("/", &app.Handler{Name: "Notes"})
		log.Fatal(http.ListenAndServe(":8000", nil))
	}
}
