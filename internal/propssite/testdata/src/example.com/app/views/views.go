// Package views writes values into scripts with templ and into datastar
// signals.
package views

import (
	"net/http"

	"github.com/a-h/templ"
	"github.com/starfederation/datastar-go/datastar"
)

type Cart struct {
	Items []string
	Total int
}

func Config(w http.ResponseWriter, r *http.Request, c Cart) { // want Config:`props helper: param 2 → script\.cart \(templ\.JSONScript\)`
	templ.JSONScript("cart", c).Render(r.Context(), w) // want `templ script data templ\.JSONScript: script\.cart views\.Cart`
	attr, _ := templ.JSONString(c)                     // want `templ script data templ\.JSONString: script views\.Cart`
	_ = templ.JSFuncCall("showCart", c, 3)             // want `templ script arguments templ\.JSFuncCall: script\[\] views\.Cart` `templ script arguments templ\.JSFuncCall: script\[\] int`
	_ = templ.SafeScript("showCart", attr)             // want `templ script arguments templ\.SafeScript: script\[\] string`
	_ = templ.EscapeString(attr)
}

func Signals(w http.ResponseWriter, r *http.Request, c Cart) { // want Signals:`props helper: param 2 → signals \(datastar\.MarshalAndPatchSignals\)`
	sse := datastar.NewSSE(w, r)
	sse.MarshalAndPatchSignals(c)             // want `datastar signals datastar\.MarshalAndPatchSignals: signals views\.Cart`
	sse.MarshalAndPatchSignalsIfMissing(c)    // want `datastar signals datastar\.MarshalAndPatchSignalsIfMissing: signals views\.Cart`
	sse.PatchSignals([]byte(`{"open":true}`)) // want `datastar signals datastar\.PatchSignals: signals \[\]byte`
	datastar.ReadSignals(r, &c)
}
