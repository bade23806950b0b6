// Package anymap returns Next's { props: ... } shape with a map of any.
package anymap

import (
	"context"
	"net/http"
)

type User struct {
	Name     string
	Password string
}

type Result struct {
	Props    map[string]any
	Redirect string
}

func loadUser() User { return User{Name: "ann"} }

func GetServerSideProps(ctx context.Context, r *http.Request) (Result, error) {
	u := loadUser()
	return Result{Props: map[string]any{
		"user":  u, // want `Props\["user"\]\.Password reaches the page's initial HTML as props\.user\.Password \(field named like a secret: password\); do not put it into props`
		"title": "hello",
		"name":  u.Name,
	}}, nil
}
