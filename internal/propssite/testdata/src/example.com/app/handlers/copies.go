package handlers

import (
	"net/http"

	"example.com/app/internal/inertia"
	other "example.com/app/lookalike/inertia"
)

func Copies(i *inertia.Inertia, o *other.Inertia, w http.ResponseWriter, r *http.Request) {
	ctx := i.WithProp(r.Context(), "user", "ada") // want `gonertia context props inertia.\(\*Inertia\).WithProp: props.user string`
	i.Render(w, r.WithContext(ctx), "Home", nil)  // want `gonertia props inertia.\(\*Inertia\).Render: props inertia.Props`
	o.Render(w, r, "Home", "not inertia")
}
