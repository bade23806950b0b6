// Package cfgmap builds an untyped props map entry by entry.
package cfgmap

import (
	"context"
	"net/http"
)

type Config struct {
	APIKey  string
	BaseURL string
}

type Stats struct{ Visits int }

func GetServerSideProps(ctx context.Context, r *http.Request) (map[string]any, error) {
	cfg := Config{APIKey: "k", BaseURL: "https://example.com"}
	props := map[string]any{}
	props["cfg"] = cfg // want `Props\["cfg"\]\.APIKey reaches the page's initial HTML as [^ ]* \(field named like a secret: api key\)`
	props["stats"] = Stats{Visits: 1}
	props["base"] = cfg.BaseURL
	return props, nil
}
