// Package good is a correct page: silent.
package good

import (
	"context"
	"net/http"
)

type Props struct{ Title string }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	return Props{Title: "hello"}, nil
}

// Helpers with Get... names are not props functions.
func GetServerName() string { return "x" }

func getTitle() string { return "t" }
