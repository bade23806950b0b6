// Package generated is a page whose generated file breaks every rule:
// generated files are skipped, so nothing may be reported here.
package generated

import (
	"context"
	"net/http"
)

type Props struct{ Title string }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	return Props{Title: "hello"}, nil
}
