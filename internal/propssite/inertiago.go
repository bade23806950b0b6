package propssite

import "go/types"

// petaki/inertia-go (github.com/petaki/inertia-go, checked against v1.11.0
// and v1.14.1): Render's props map, Share and WithProp, the lazy context
// props of v1.14 (their func() any is called and its result encoded), flash
// data, and the root template's view data (ShareViewData, WithViewData).
func init() {
	register(&Adapter{Name: "inertia-go", Call: inertiaGoCall, Resolve: closureResults})
}

var inertiaGoSinks = map[string]inertiaSink{
	// Render(w, r, component string, props map[string]interface{}) error
	"Render": {method: true, kind: "props", key: -1, value: 3, root: inertiaProps},
	// Share(key string, value interface{}): every page.
	"Share": {method: true, kind: "shared props", key: 0, value: 1, root: inertiaProps},
	// WithProp(ctx, key string, value interface{}) context.Context
	"WithProp": {method: true, kind: "context props", key: 1, value: 2, root: inertiaProps},
	// v1.14: WithOptionalProp(ctx, key string, value func() any) and the
	// same shape for always, deferred, merge, deep-merge, prepend and once
	// props; WithFlashProp(ctx, data map[string]any) sets the page's flash.
	"WithOptionalProp":  {method: true, kind: "context props", key: 1, value: 2, root: inertiaProps},
	"WithAlwaysProp":    {method: true, kind: "context props", key: 1, value: 2, root: inertiaProps},
	"WithDeferredProp":  {method: true, kind: "context props", key: 1, value: 2, root: inertiaProps},
	"WithMergeProp":     {method: true, kind: "context props", key: 1, value: 2, root: inertiaProps},
	"WithDeepMergeProp": {method: true, kind: "context props", key: 1, value: 2, root: inertiaProps},
	"WithPrependProp":   {method: true, kind: "context props", key: 1, value: 2, root: inertiaProps},
	"WithOnceProp":      {method: true, kind: "context props", key: 1, value: 2, root: inertiaProps},
	"WithFlashProp":     {method: true, kind: "flash data", key: -1, value: 1, root: inertiaFlash},
	// ShareViewData(key, value) and WithViewData(ctx, key, value): the
	// root template's data.
	"ShareViewData": {method: true, kind: "template data", key: 0, value: 1, root: inertiaTemplateData},
	"WithViewData":  {method: true, kind: "template data", key: 1, value: 2, root: inertiaTemplateData},
}

func inertiaGoCall(fn *types.Func) *CallSpec {
	if fn.Pkg() == nil || fn.Pkg().Path() != "github.com/petaki/inertia-go" {
		return nil
	}
	if sink, ok := inertiaGoSinks[fn.Name()]; ok {
		return sink.spec(fn)
	}
	return nil
}
