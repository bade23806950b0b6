// Command templshop serves account pages rendered with templ and live
// updates sent with datastar. It has deliberate violations for ssrlint's
// demo: each handler marked BAD has a twin that does it right.
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/a-h/templ"
	"github.com/starfederation/datastar-go/datastar"

	"example.com/templshop/models"
	"example.com/templshop/views"
)

type shop struct {
	users map[int64]*models.User
}

// account renders the templ page with the user's view: fine.
func (s *shop) account(w http.ResponseWriter, r *http.Request) {
	u := s.users[1]
	views.Account(u.View()).Render(r.Context(), w)
}

// owner is BAD: its component (views/account.templ) writes the stored
// user into a data-signals attribute.
func (s *shop) owner(w http.ResponseWriter, r *http.Request) {
	views.Owner(s.users[1]).Render(r.Context(), w)
}

// accountData is BAD: the stored user, password hash included, goes into
// a <script type="application/json"> every visitor can read.
func (s *shop) accountData(w http.ResponseWriter, r *http.Request) {
	u := s.users[1]
	templ.JSONScript("account", u).Render(r.Context(), w)
}

// checkoutConfig is BAD: the Stripe secret key goes into an x-data
// attribute beside the publishable key.
func (s *shop) checkoutConfig(w http.ResponseWriter, r *http.Request) {
	cfg, err := templ.JSONString(map[string]string{
		"publishableKey": os.Getenv("STRIPE_PUBLISHABLE_KEY"),
		"secretKey":      os.Getenv("STRIPE_SECRET_KEY"),
	})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write([]byte(`<div x-data='` + templ.EscapeString(cfg) + `'></div>`))
}

// live patches datastar signals: the view is fine, the stored user (BAD)
// lands in the browser's signal store.
func (s *shop) live(w http.ResponseWriter, r *http.Request) {
	sse := datastar.NewSSE(w, r)
	u := s.users[1]
	sse.MarshalAndPatchSignals(map[string]any{"me": u.View()})
	sse.MarshalAndPatchSignals(map[string]any{"owner": u})
}

func main() {
	s := &shop{users: map[int64]*models.User{1: {ID: 1, Name: "Ada", Email: "ada@example.com", PasswordHash: "$2a$10$..."}}}
	http.HandleFunc("GET /account", s.account)
	http.HandleFunc("GET /owner", s.owner)
	http.HandleFunc("GET /account.json", s.accountData)
	http.HandleFunc("GET /checkout", s.checkoutConfig)
	http.HandleFunc("GET /live", s.live)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
