// Package render wraps gonertia for the app's handlers.
package render

import (
	"net/http"

	"github.com/romsar/gonertia/v2"
)

// Page renders the component with data as its props.
func Page(i *gonertia.Inertia, w http.ResponseWriter, r *http.Request, name string, data gonertia.Props) { // want Page:`props helper: param 4 → props \(gonertia.\(\*Inertia\).Render\)`
	i.Render(w, r, name, data) // want `gonertia props gonertia.\(\*Inertia\).Render: props gonertia.Props`
}

// PageOf is a page of items: a props builder.
func PageOf[T any](items []T, cursor string) gonertia.Props { // want PageOf:`props helper: result ← param 0; result ← param 1$`
	return gonertia.Props{"items": items, "cursor": cursor}
}

// Title builds props from constants only: its parameters reach nothing.
func Title(name string) gonertia.Props {
	return gonertia.Props{"title": "Shop"}
}
