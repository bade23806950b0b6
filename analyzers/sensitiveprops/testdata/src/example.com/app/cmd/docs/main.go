// Command docs generates the documentation site of a go-app v10 app.
package main

import (
	"log"
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func handler() *app.Handler {
	h := &app.Handler{Name: "Docs"}
	h.Env = map[string]string{
		"STRIPE_PUBLISHABLE_KEY": "pk_live_51HxRtJKl0sXqLmN2vB8cD4eF",
		"STRIPE_SECRET_KEY":      "sk_live_51HxRtJKl0sXqLmN2vB8cD4eF", // want `Handler\.Env\["STRIPE_SECRET_KEY"\] reaches app\.js \(downloaded by every visitor\) as env\.STRIPE_SECRET_KEY \(a string constant that looks like a credential: Stripe live secret key\)`
	}
	h.Env["SEARCH_URL"] = os.Getenv("DOCS_SEARCH_URL")
	h.Env["SEARCH_ADMIN_KEY"] = os.Getenv("ALGOLIA_ADMIN_API_KEY") // want `Handler\.Env\["SEARCH_ADMIN_KEY"\] reaches app\.js .*ALGOLIA_ADMIN_API_KEY`
	return h
}

func main() {
	if err := app.GenerateStaticWebsite("dist", handler()); err != nil {
		log.Fatal(err)
	}
	err := app.GenerateStaticWebsite("preview", &app.Handler{
		Env: map[string]string{"OAUTH_SECRET": os.Getenv("GITHUB_CLIENT_SECRET")}, // want `Handler\.Env\["OAUTH_SECRET"\] reaches app\.js .*GITHUB_CLIENT_SECRET`
	})
	if err != nil {
		log.Fatal(err)
	}
}
