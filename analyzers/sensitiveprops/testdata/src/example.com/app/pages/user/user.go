// Package user leaks a password hash through a nested struct.
package user

import (
	"context"
	"net/http"
)

type User struct {
	Name         string
	PasswordHash string
}

type Props struct {
	User User
}

func GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) { // want `Props\.User\.PasswordHash reaches the page's initial HTML as props\.User\.PasswordHash \(field named like a secret: password\); drop it from the props type or tag it json:"-"`
	return Props{User: User{Name: "ann"}}, nil
}
