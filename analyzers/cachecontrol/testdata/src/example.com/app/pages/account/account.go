// Package account renders the signed-in user's page.
package account

import (
	"context"
	"net/http"
)

type Props struct{ Name string }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) { // want GetServerSideProps:`r.Cookie`
	c, err := r.Cookie("session")
	if err != nil {
		return Props{}, err
	}
	w.Header().Set("Cache-Control", "public, s-maxage=10") // want `Cache-Control "public, s-maxage=10" lets a shared cache \(CDN\) serve this user's page to other users: the response depends on the cookies \(r.Cookie\); use private, or set Vary: Cookie \(or Authorization\) on the response`
	return Props{Name: c.Value}, nil
}
