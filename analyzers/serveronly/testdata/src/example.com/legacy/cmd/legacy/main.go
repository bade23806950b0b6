// Command legacy is a go-app v7 app: Run starts the browser app.
package main

import (
	"net/http"

	"github.com/maxence-charriere/go-app/v7/pkg/app"

	"example.com/legacy/billing" // want `client package example\.com/legacy/cmd/legacy \(go-app main calling app\.Run, compiled for the browser\) imports example\.com/legacy/billing → database/sql`
)

type invoice struct {
	app.Compo
	inv billing.Invoice
}

func main() {
	app.Route("/", &invoice{})
	app.Run()
	http.ListenAndServe(":8000", &app.Handler{Name: "Billing"})
}
