// Package views renders pages with templ and patches datastar signals.
package views

import (
	"net/http"
	"os"

	"example.com/app/models"
	"github.com/a-h/templ"
	"github.com/starfederation/datastar-go/datastar"
)

type Views struct {
	users map[int64]*models.User
}

func (v *Views) Account(w http.ResponseWriter, r *http.Request) {
	u := v.users[1]
	templ.JSONScript("user", u).Render(r.Context(), w) // want `script\["user"\]\.PasswordHash reaches the page's initial HTML as script\.user\.PasswordHash \(field named like a secret: password\)` `script\["user"\]\.PrivateKey`
}

func (v *Views) AccountView(w http.ResponseWriter, r *http.Request) {
	u := v.users[1]
	templ.JSONScript("user", u.View()).Render(r.Context(), w)
}

func (v *Views) Checkout(w http.ResponseWriter, r *http.Request) {
	cfg := map[string]string{
		"publishableKey": os.Getenv("STRIPE_PUBLISHABLE_KEY"),
		"secretKey":      os.Getenv("STRIPE_SECRET_KEY"), // want `script\["secretKey"\] reaches the page's initial HTML as script\.secretKey \(value of the secret environment variable STRIPE_SECRET_KEY\)`
	}
	attr, _ := templ.JSONString(cfg)
	w.Write([]byte(`<div x-data='` + attr + `'></div>`))
}

func (v *Views) Live(w http.ResponseWriter, r *http.Request) {
	sse := datastar.NewSSE(w, r)
	u := v.users[2]
	sse.MarshalAndPatchSignals(map[string]any{"me": u.View()})
	sse.MarshalAndPatchSignals(map[string]any{"owner": u}) // want `signals\["owner"\]\.PasswordHash reaches the browser's signal store as signals\.owner\.PasswordHash` `signals\["owner"\]\.PrivateKey`
}
