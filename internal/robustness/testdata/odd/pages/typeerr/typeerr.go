// Package typeerr is a page that does not type-check: the driver must
// report it as a package that does not build and go on with the others.
package typeerr

import (
	"context"
	"net/http"
)

type Props struct{ Title string }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	return Props{Title: undefinedTitle(r)}, nil
}
