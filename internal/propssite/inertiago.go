package propssite

import "go/types"

// petaki/inertia-go (github.com/petaki/inertia-go, v1.11.0, the version the
// module proxy serves): Render's props map, Share and WithProp, and the
// root template's view data (ShareViewData, WithViewData). Its props are
// encoded as given: it resolves no lazy values.
func init() {
	register(&Adapter{Name: "inertia-go", Call: inertiaGoCall})
}

var inertiaGoSinks = map[string]inertiaSink{
	// Render(w, r, component string, props map[string]interface{}) error
	"Render": {method: true, kind: "props", key: -1, value: 3, root: inertiaProps},
	// Share(key string, value interface{}): every page.
	"Share": {method: true, kind: "shared props", key: 0, value: 1, root: inertiaProps},
	// WithProp(ctx, key string, value interface{}) context.Context
	"WithProp": {method: true, kind: "context props", key: 1, value: 2, root: inertiaProps},
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
