// Package views shows one record through kit.Render.
package views

import (
	"net/http"

	"example.com/app/kit"
	"github.com/romsar/gonertia/v2"
)

// Show renders the record under "record".
func Show(i *gonertia.Inertia, w http.ResponseWriter, r *http.Request, record any) { // want Show:`props helper: param 3 → props.record`
	kit.Render(i, w, r, "Show", gonertia.Props{"record": record})
}
