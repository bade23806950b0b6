// Package sub is a page below a directory that holds no Go file.
package sub

import (
	"context"
	"net/http"
)

type Props struct{}

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	return Props{}, nil
}
