// Package web renders Inertia pages with gonertia.
package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"example.com/app/models"
	"github.com/romsar/gonertia/v2"
)

type App struct {
	inertia *gonertia.Inertia
	users   map[int64]*models.User
	base    string
}

func (a *App) Profile(w http.ResponseWriter, r *http.Request) {
	u := a.users[1]
	a.inertia.Render(w, r, "Profile", gonertia.Props{
		"user": u, // want `Props\["user"\]\.PasswordHash reaches the page's initial HTML as props\.user\.PasswordHash \(field named like a secret: password\)` `Props\["user"\]\.PrivateKey .*private key`
	})
}

func (a *App) ProfileView(w http.ResponseWriter, r *http.Request) {
	u := a.users[1]
	a.inertia.Render(w, r, "Profile", gonertia.Props{"user": u.View()})
}

func (a *App) Lazy(w http.ResponseWriter, r *http.Request) {
	a.inertia.Render(w, r, "Team", gonertia.Props{
		"owner": gonertia.Optional(func() any { return a.users[2] }), // want `Props\["owner"\]\.PasswordHash reaches .*password` `Props\["owner"\]\.PrivateKey`
		"team":  gonertia.Defer(func() any { return a.users[3].View() }),
	})
}

func (a *App) Settings(w http.ResponseWriter, r *http.Request) {
	props := gonertia.Props{"title": "Settings"}
	user := a.users[4]
	props["me"] = user // want `Props\["me"\]\.PasswordHash` `Props\["me"\]\.PrivateKey reaches .*private key`
	a.inertia.Render(w, r, "Settings", props)
}

func (a *App) Share(sess models.Session) {
	a.inertia.ShareProp("csrfToken", sess.CSRFToken)
	a.inertia.ShareProp("session", sess.SessionID) // want `Props\["session"\] reaches the page's initial HTML as props\.session \(copied from Session\.SessionID, a field named like a secret: session id\)`
}

func (a *App) Hooks(w http.ResponseWriter, r *http.Request, h models.Webhook) {
	hookURL := fmt.Sprintf("%s/hooks/%s?secret=%s", a.base, h.ID, h.Secret) // want `Props\["hookURL"\] reaches .* \(formatted from Webhook\.Secret, a field named like a secret: secret\)`
	a.inertia.Render(w, r, "Hooks", gonertia.Props{"hookURL": hookURL, "id": h.ID})
}

func (a *App) HookQuery(w http.ResponseWriter, r *http.Request, h *models.Webhook) {
	q := url.Values{}
	q.Set("id", h.ID)
	q.Set("sig", h.Secret) // want `Props\["query"\] reaches .*formatted from Webhook\.Secret`
	a.inertia.Render(w, r, "Hook", gonertia.Props{"query": q.Encode()})
}

func (a *App) HookParts(w http.ResponseWriter, r *http.Request, h *models.Webhook) {
	parts := []string{a.base, "hooks", h.Secret} // want `Props\["url"\] reaches .*formatted from Webhook\.Secret`
	a.inertia.Render(w, r, "Hook", gonertia.Props{
		"url": strings.Join(parts, "/"),
	})
}

func (a *App) HookMasked(w http.ResponseWriter, r *http.Request, h *models.Webhook) {
	a.inertia.Render(w, r, "Hook", gonertia.Props{"hint": lastFour(h.Secret), "set": h.Secret != ""})
}

func lastFour(s string) string {
	if len(s) < 4 {
		return "****"
	}
	return "****" + s[len(s)-4:]
}

// API responses are not props.
func (a *App) HookAPI(w http.ResponseWriter, r *http.Request, h *models.Webhook) {
	json.NewEncoder(w).Encode(map[string]any{"secret": h.Secret, "user": a.users[1]})
}

// A form that failed validation is rendered again with what the browser
// posted: the secret came from the page, echoing it back leaks nothing.
func (a *App) ConfirmTOTP(w http.ResponseWriter, r *http.Request) {
	var form struct {
		Secret string `json:"secret"`
		Code   string `json:"code"`
	}
	if err := json.NewDecoder(r.Body).Decode(&form); err != nil || len(form.Code) != 6 {
		a.inertia.Render(w, r, "TOTP/Setup", gonertia.Props{"secret": form.Secret, "error": "invalid code"})
		return
	}
}

// A struct decoded from a server-side source is not what the browser sent.
func (a *App) HookFromConfig(w http.ResponseWriter, r *http.Request, raw []byte) {
	var hook struct {
		Secret string `json:"secret"`
	}
	if err := json.NewDecoder(strings.NewReader(string(raw))).Decode(&hook); err != nil {
		return
	}
	a.inertia.Render(w, r, "Hook", gonertia.Props{"secret": hook.Secret}) // want `Props\["secret"\] reaches .*copied from struct\.Secret`
}
