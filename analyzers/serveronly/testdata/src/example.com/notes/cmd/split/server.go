//go:build !wasm

package main

import (
	"log"
	"net/http"
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"example.com/notes/api"
	"example.com/notes/store"
)

// A connection string in a server-only file is not in app.wasm either.
const fallbackDSN = "postgres://notes:n0tes2024secret@localhost/notes"

func serve() {
	dsn := os.Getenv("DATABASE_URL")
	if dsn == "" {
		dsn = fallbackDSN
	}
	s, err := store.Open(dsn)
	if err != nil {
		log.Fatal(err)
	}
	http.Handle("/api/", api.Handler(s))
	http.Handle("/", &app.Handler{Name: "Notes"})
	log.Fatal(http.ListenAndServe(":8000", nil))
}
