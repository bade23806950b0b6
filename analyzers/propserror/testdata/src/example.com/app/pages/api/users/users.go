// Package users is an API route, not a page: silent.
package users

import (
	"context"
	"net/http"
)

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (struct{}, error) {
	panic("not a page")
}
