// Package gonertia is the app's own copy of gonertia, with its API shape.
package gonertia

import "net/http"

type Props map[string]any

type Inertia struct{ version string }

func (i *Inertia) Render(w http.ResponseWriter, r *http.Request, component string, props ...Props) error {
	return nil
}
