package web

import (
	"net/http"

	"example.com/app/kit"
	"example.com/app/kit/views"
	"example.com/app/models"
)

func (a *App) Users(w http.ResponseWriter, r *http.Request, users []models.User) { // want Users:`props helper: param 2 → props`
	kit.Render(a.inertia, w, r, "Users", kit.PageOf(users, "2")) // want `Props\[\]\.PasswordHash reaches .*password` `Props\[\]\.PrivateKey`
}

func (a *App) UserViews(w http.ResponseWriter, r *http.Request, users []models.UserView) { // want UserViews:`props helper: param 2 → props`
	kit.Render(a.inertia, w, r, "Users", kit.PageOf(users, "2"))
}

func (a *App) Show(w http.ResponseWriter, r *http.Request, u *models.User) { // want Show:`props helper: param 2 → props.record`
	views.Show(a.inertia, w, r, u) // want `Props\["record"\]\.PasswordHash reaches .*password` `Props\["record"\]\.PrivateKey`
}

func (a *App) ShowView(w http.ResponseWriter, r *http.Request, u *models.User) {
	views.Show(a.inertia, w, r, u.View())
}
