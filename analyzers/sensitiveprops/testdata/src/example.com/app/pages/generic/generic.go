// Package generic returns its props in a generic Result[P] built in steps.
package generic

import (
	"context"
	"net/http"
)

type Result[P any] struct {
	Data     P
	Redirect string
}

type Config struct {
	ClientSecret string
	Theme        string
}

func GetServerSideProps(ctx context.Context, r *http.Request) (Result[map[string]any], error) {
	var res Result[map[string]any]
	res = Result[map[string]any]{Data: map[string]any{}, Redirect: "/"}
	res.Data["config"] = &Config{Theme: "dark"} // want `Props\["config"\]\.ClientSecret reaches the page's initial HTML as props\.config\.ClientSecret \(field named like a secret: secret\)`
	res.Data["theme"] = "dark"
	return res, nil
}
