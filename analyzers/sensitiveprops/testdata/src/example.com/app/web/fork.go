package web

import (
	"net/http"

	"example.com/app/internal/gonertia"
	"example.com/app/models"
)

type Admin struct{ inertia *gonertia.Inertia }

func (a *Admin) Sessions(w http.ResponseWriter, r *http.Request, s models.Session) { // want Sessions:`props helper: param 2 → props.session`
	a.inertia.Render(w, r, "Sessions", gonertia.Props{"session": s}) // want `Props\["session"\]\.SessionID reaches .*session id`
}

func (a *Admin) CSRF(w http.ResponseWriter, r *http.Request, s models.Session) {
	a.inertia.Render(w, r, "Form", gonertia.Props{"csrf": s.CSRFToken})
}
