// Package profile renders the signed-in user's page, cached per cookie.
package profile

import (
	"context"
	"net/http"

	"example.com/app/auth"
)

type Props struct{ Name string }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) { // want GetServerSideProps:`in auth.CurrentUser`
	u, err := auth.CurrentUser(r)
	if err != nil {
		return Props{}, err
	}
	// public with Vary: Cookie: each cookie gets its own cache entry. Silent.
	w.Header().Set("Cache-Control", "public, max-age=60")
	w.Header().Set("Vary", "Accept-Encoding, Cookie")
	return Props{Name: u.Name}, nil
}
