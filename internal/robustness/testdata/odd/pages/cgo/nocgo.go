//go:build !cgo

package cgo

import (
	"context"
	"net/http"
)

type Props struct{ Answer int }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	return Props{Answer: 42}, nil
}
