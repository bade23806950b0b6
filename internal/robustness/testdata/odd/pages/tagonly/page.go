// Package tagonly has a file that only builds with a tag nobody sets.
package tagonly

import (
	"context"
	"net/http"
)

type Props struct{ Title string }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	return Props{Title: "hello"}, nil
}
