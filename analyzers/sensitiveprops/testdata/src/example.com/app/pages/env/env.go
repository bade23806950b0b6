// Package env copies environment variables into props.
package env

import (
	"context"
	"fmt"
	"net/http"
	"os"
)

type Props struct {
	StripeKey string
	Auth      string
	DSN       string
	Port      string
	Items     []string
}

func GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) {
	var p Props
	p.StripeKey = os.Getenv("STRIPE_SECRET_KEY") // want `Props\.StripeKey reaches the page's initial HTML as [^ ]* \(value of the secret environment variable STRIPE_SECRET_KEY\); keep it on the server`
	pw, _ := os.LookupEnv("DB_PASSWORD")         // want `Props\.DSN reaches .*DB_PASSWORD`
	p.DSN = fmt.Sprintf("postgres://app:%s@db/app", pw)
	token := "Bearer " + os.Getenv("API_KEY") // want `Props\.Auth reaches .*API_KEY`
	p.Auth = token
	p.Port = os.Getenv("PORT")
	p.Items = append(p.Items, os.Getenv("HOME"))
	if os.Getenv("ADMIN_PASSWORD") == "" { // compared, not copied: silent
		return p, nil
	}
	return p, nil
}
