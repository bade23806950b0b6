// Package web holds the shop's page handlers, rendered with Inertia.
package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	"example.com/inertiashop/internal/models"
	"example.com/inertiashop/internal/render"
	inertia "github.com/petaki/inertia-go"
)

// Handlers serve the shop's pages.
type Handlers struct {
	Inertia *inertia.Inertia
	Store   *models.Store
}

// Share sets what every page and the root template receive.
func (h *Handlers) Share() {
	h.Inertia.Share("appName", "Inertia Shop")
	h.Inertia.ShareViewData("title", "Inertia Shop")
	// Deliberate: a server secret handed to the root template.
	h.Inertia.ShareViewData("stripeKey", os.Getenv("STRIPE_SECRET_KEY"))
}

// Customers lists the customers. Deliberate: whole models, password
// hashes included, go into the page.
func (h *Handlers) Customers(w http.ResponseWriter, r *http.Request) {
	render.Page(h.Inertia, w, r, "Customers/Index", map[string]any{"customers": h.Store.Users})
}

// Team lists the team the right way: views, not models.
func (h *Handlers) Team(w http.ResponseWriter, r *http.Request) {
	team := make([]models.UserView, 0, len(h.Store.Users))
	for _, u := range h.Store.Users {
		team = append(team, u.View())
	}
	render.Page(h.Inertia, w, r, "Team/Index", map[string]any{"team": team})
}

// Webhooks shows the partner webhooks. Deliberate: the signing secret,
// json:"-" on the model, is formatted into a URL the page receives.
func (h *Handlers) Webhooks(w http.ResponseWriter, r *http.Request) {
	hook := h.Store.Webhooks[0]
	testURL := fmt.Sprintf("%s?id=%s&secret=%s", hook.URL, hook.ID, hook.Secret)
	render.Page(h.Inertia, w, r, "Webhooks/Index", map[string]any{"hook": hook, "testURL": testURL})
}

// Checkout renders the checkout. Deliberate: a func value in the props,
// which encoding/json cannot encode (inertia-go calls no closures).
func (h *Handlers) Checkout(w http.ResponseWriter, r *http.Request) {
	render.Page(h.Inertia, w, r, "Checkout", map[string]any{
		"total":    4200,
		"onFinish": func() string { return "/thanks" },
	})
}

// Dashboard shows order stats. Deliberate: it fetches them from this
// app's own API over HTTP instead of calling the code behind it.
func (h *Handlers) Dashboard(w http.ResponseWriter, r *http.Request) {
	var stats map[string]int
	if resp, err := http.Get("http://localhost:8080/api/stats"); err == nil {
		defer resp.Body.Close()
		_ = json.NewDecoder(resp.Body).Decode(&stats)
	}
	render.Page(h.Inertia, w, r, "Dashboard", map[string]any{"stats": stats})
}
