// Package kit holds the app's render helpers.
package kit

import (
	"net/http"

	"github.com/romsar/gonertia/v2"
)

// Render renders a page; every handler goes through it.
func Render(i *gonertia.Inertia, w http.ResponseWriter, r *http.Request, page string, props gonertia.Props) { // want Render:`props helper: param 4 → props`
	i.Render(w, r, page, props)
}

// PageOf is one page of a listing.
func PageOf[T any](items []T, next string) gonertia.Props { // want PageOf:`props helper: result ← param 0; result ← param 1`
	return gonertia.Props{"items": items, "next": next}
}
