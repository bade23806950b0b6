package handlers

import (
	"context"
	"net/http"

	v1 "github.com/romsar/gonertia"
	"github.com/romsar/gonertia/v2"
	v3 "github.com/romsar/gonertia/v3"
)

type Server struct {
	inertia *gonertia.Inertia
	legacy  *v1.Inertia
	vite    *v3.ViteInstance
}

func (s *Server) Dashboard(w http.ResponseWriter, r *http.Request) {
	s.inertia.Render(w, r, "Dashboard", gonertia.Props{"title": "Home"}) // want `gonertia props gonertia.\(\*Inertia\).Render: props gonertia.Props`
	s.inertia.Redirect(w, r, "/login")
	s.inertia.Render(w, r, "Empty")
}

func (s *Server) Legacy(w http.ResponseWriter, r *http.Request) {
	base, extra := v1.Props{"a": 1}, v1.Props{"b": 2}
	s.legacy.Render(w, r, "Page", base, extra)         // want `gonertia props gonertia.\(\*Inertia\).Render: props gonertia.Props` `gonertia props gonertia.\(\*Inertia\).Render: props gonertia.Props`
	ctx := v1.SetProp(r.Context(), "user", "ada")      // want `gonertia context props gonertia.SetProp: props.user string`
	ctx = v1.SetTemplateDatum(ctx, "title", "Ada")     // want `gonertia template data gonertia.SetTemplateDatum: templateData.title string`
	ctx = v1.SetValidationError(ctx, "email", "taken") // want `gonertia validation errors gonertia.SetValidationError: props.errors.email string`
	_ = v1.PropsFromContext(ctx)
}

func (s *Server) Vite(w http.ResponseWriter, r *http.Request) {
	s.vite.Render(w, r, "Home", v3.Props{"n": 1}) // want `gonertia props gonertia.\(\*Inertia\).Render: props gonertia.Props`
}

func Share(i *gonertia.Inertia, key string, ctx context.Context) {
	i.ShareProp("appName", "shop")                     // want `gonertia shared props gonertia.\(\*Inertia\).ShareProp: props.appName string`
	i.ShareProp(key, 1)                                // want `gonertia shared props gonertia.\(\*Inertia\).ShareProp: props\[\] int`
	i.ShareTemplateData("lang", "en")                  // want `gonertia template data gonertia.\(\*Inertia\).ShareTemplateData: templateData.lang string`
	_ = gonertia.SetProps(ctx, gonertia.Props{"x": 1}) // want `gonertia context props gonertia.SetProps: props gonertia.Props`
	_ = gonertia.SetEncryptHistory(ctx, true)
}
