// Package ui shows single records through render.Page.
package ui

import (
	"net/http"

	"example.com/app/render"
	"github.com/romsar/gonertia/v2"
)

// Show renders one record under "record".
func Show(i *gonertia.Inertia, w http.ResponseWriter, r *http.Request, record any) { // want Show:`props helper: param 3 → props.record \(Page → gonertia.\(\*Inertia\).Render\)`
	render.Page(i, w, r, "Show", gonertia.Props{"record": record}) // want `gonertia props Page → gonertia.\(\*Inertia\).Render: props gonertia.Props`
}
