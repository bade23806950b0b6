// Package dotimport is a page with dot and renamed imports and a local
// function named like an HTTP sink: nothing here calls the app's own API.
package dotimport

import (
	"context"
	h "net/http"
	. "strings"
)

type Props struct{ Path string }

// Get is not net/http's Get.
func Get(url string) string { return ToUpper(url) }

func GetServerSideProps(ctx context.Context, r *h.Request, w h.ResponseWriter) (Props, error) {
	return Props{Path: Get("/api/users")}, nil
}
