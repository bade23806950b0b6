// Package inertia has the name but not the shape: no Props map type.
package inertia

import "net/http"

type Inertia struct{}

func (i *Inertia) Render(w http.ResponseWriter, r *http.Request, name string, data any) error {
	return nil
}
