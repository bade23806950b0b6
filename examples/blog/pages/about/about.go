// Package about is the about page.
package about

import (
	"context"
	"net/http"
)

// AboutProps are the about page's props.
type AboutProps struct {
	Authors []string `json:"authors"`
}

// VIOLATION (propsfunc): the props function is unexported, so a renderer
// that follows the convention never finds it. main.go wires it by hand
// through Props below, which is how such mistakes survive.
func getServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (AboutProps, error) {
	return AboutProps{Authors: []string{"ada", "alan"}}, nil
}

// Props is the hand-wired entry point main.go uses.
var Props = getServerSideProps
