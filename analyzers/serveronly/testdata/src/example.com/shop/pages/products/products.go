// want package:` reach\(server-only: page with GetServerSideProps\)}$`

// Package products is a page with GetServerSideProps: server-only.
package products

import (
	"context"
	"net/http"
)

type Props struct{ Names []string }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	return Props{}, nil
}

func Render(p Props) string { return "" }
