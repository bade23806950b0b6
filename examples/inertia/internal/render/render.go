// Package render is the shop's one way to render an Inertia page: every
// handler goes through Page, so its props argument is a props site.
package render

import (
	"log"
	"net/http"

	inertia "github.com/petaki/inertia-go"
)

// Page renders component with props, logging a failure as a 500.
func Page(i *inertia.Inertia, w http.ResponseWriter, r *http.Request, component string, props map[string]any) {
	if err := i.Render(w, r, component, props); err != nil {
		log.Printf("render %s: %v", component, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}
