// Package embedded promotes a Password field through an embedded struct.
package embedded

import (
	"context"
	"net/http"
)

type Credentials struct {
	Login    string
	Password string
}

type Props struct {
	Credentials
	Title string
}

func GetServerSideProps(ctx context.Context, r *http.Request) (*Props, error) { // want `Props\.Credentials\.Password reaches the page's initial HTML as props\.Password \(field named like a secret: password\)`
	return &Props{Title: "t"}, nil
}
