// Package handles puts server-side handles and credentials into props.
package handles

import (
	"context"
	"crypto/rsa"
	"database/sql"
	"net/http"

	"golang.org/x/oauth2"
)

type Props struct {
	DB     *sql.DB
	Header http.Header
	Key    *rsa.PrivateKey
	Token  oauth2.Token
	Title  string
}

func GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) { // want `Props\.DB reaches the page's initial HTML as [^ ]* \(sql\.DB: a database handle\); keep it on the server` `Props\.Header reaches .*http\.Header` `Props\.Key reaches .*rsa\.PrivateKey: a private key` `Props\.Token reaches .*oauth2\.Token: an OAuth2 token`
	return Props{Title: "t"}, nil
}
