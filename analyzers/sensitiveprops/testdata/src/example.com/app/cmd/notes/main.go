// Command notes serves a go-app v9 app. Its Handler's Env is written into
// app.js, which every visitor downloads.
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func main() {
	app.RunWhenOnBrowser()
	http.Handle("/", &app.Handler{
		Name: "Notes",
		Env: app.Environment{
			"API_URL":    os.Getenv("NOTES_API_URL"),
			"SENTRY_DSN": os.Getenv("SENTRY_DSN"),
			"STRIPE_KEY": os.Getenv("STRIPE_SECRET_KEY"), // want `Handler\.Env\["STRIPE_KEY"\] reaches app\.js \(downloaded by every visitor\) as env\.STRIPE_KEY \(value of the secret environment variable STRIPE_SECRET_KEY\)`
		},
	})
	log.Fatal(http.ListenAndServe(":8000", nil))
}
