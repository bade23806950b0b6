// Package builder returns props a helper builds: what the helper stores
// into the map it returns reaches the page.
package builder

import (
	"context"
	"net/http"
)

type Account struct {
	Email      string
	APISecret  string
	LastSeenAt string
}

type Summary struct{ Email string }

func loadAccount(ctx context.Context) Account { return Account{Email: "ann@example.com"} }

// baseProps is a same-package helper that builds the props map.
func baseProps(acct Account) map[string]any {
	props := map[string]any{"site": "shop"}
	props["account"] = acct // want `Props\["account"\]\.APISecret reaches the page's initial HTML as props\.account\.APISecret \(field named like a secret: secret\)`
	return props
}

// summaryProps stores a summary only.
func summaryProps(acct Account) map[string]any {
	return map[string]any{"account": Summary{Email: acct.Email}}
}

func GetServerSideProps(ctx context.Context, r *http.Request) (map[string]any, error) {
	return baseProps(loadAccount(ctx)), nil
}

func GetStaticProps(ctx context.Context) (map[string]any, error) {
	return summaryProps(loadAccount(ctx)), nil
}
