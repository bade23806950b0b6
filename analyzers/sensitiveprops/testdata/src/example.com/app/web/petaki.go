package web

import (
	"net/http"
	"os"

	"example.com/app/models"
	inertia "github.com/petaki/inertia-go"
)

type Site struct {
	inertia *inertia.Inertia
}

func (s *Site) Account(w http.ResponseWriter, r *http.Request, u *models.User) { // want Account:`props helper: param 2 → props.account`
	s.inertia.Render(w, r, "Account", map[string]interface{}{
		"account": u, // want `Props\["account"\]\.PasswordHash reaches .*password` `Props\["account"\]\.PrivateKey`
	})
}

func (s *Site) Lazy(w http.ResponseWriter, r *http.Request, u *models.User) { // want Lazy:`props helper: param 2 → props.owner`
	ctx := s.inertia.WithOptionalProp(r.Context(), "owner", func() any { return u }) // want `Props\["owner"\]\.PasswordHash reaches .*password` `Props\["owner"\]\.PrivateKey`
	ctx = s.inertia.WithOptionalProp(ctx, "viewer", func() any { return u.View() })
	s.inertia.Render(w, r.WithContext(ctx), "Account", nil)
}

func (s *Site) Setup() {
	s.inertia.Share("appName", "shop")
	s.inertia.ShareViewData("stripeKey", os.Getenv("STRIPE_SECRET_KEY")) // want `TemplateData\["stripeKey"\] reaches .*STRIPE_SECRET_KEY`
	s.inertia.ShareViewData("mapsKey", os.Getenv("MAPS_PUBLIC_URL"))
}
