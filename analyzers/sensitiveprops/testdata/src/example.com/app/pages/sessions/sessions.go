// Package sessions reaches a type marked sensitive in another package
// through a slice of pointers, and a field marked sensitive there.
package sessions

import (
	"context"
	"net/http"

	"example.com/app/internal/auth"
)

type Props struct {
	Sessions []*auth.Session
	Account  auth.Account
}

func GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) { // want `Props\.Sessions\[\] reaches the page's initial HTML as props\.Sessions\[\] \(type auth\.Session is marked //ssrlint:sensitive\)` `Props\.Account\.Recovery reaches the page's initial HTML as [^ ]* \(field marked //ssrlint:sensitive\)`
	return Props{}, nil
}
