package propssite

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/ssrlint/ssrlint/internal/gotypes"
	"github.com/ssrlint/ssrlint/internal/jsonshape"
)

// gonertia (github.com/romsar/gonertia, /v2, /v3), and forks or in-repo
// copies of it: a package whose last path element is gonertia or inertia,
// with a Props map type and an Inertia type whose Render takes
// (http.ResponseWriter, *http.Request, string, ...).
func init() {
	register(&Adapter{Name: "gonertia", Call: gonertiaCall, Resolve: gonertiaResolve})
}

// gonertiaSinks are the functions of every released API (v1.0 to v3) that
// put values into the page object or the root template's data.
var gonertiaSinks = map[string]inertiaSink{
	// (*Inertia).Render(w, r, component string, props ...Props) (v1.2+;
	// v1.0 takes one Props).
	"Render": {method: true, kind: "props", key: -1, value: 3, root: inertiaProps},
	// (*Inertia).ShareProp(key string, val any): every page.
	"ShareProp": {method: true, kind: "shared props", key: 0, value: 1, root: inertiaProps},
	// (*Inertia).ShareTemplateData(key string, val any): the root template.
	"ShareTemplateData": {method: true, kind: "template data", key: 0, value: 1, root: inertiaTemplateData},
	// Context props: SetProp(ctx, key, val) and SetProps(ctx, Props) (v1.3+),
	// WithProp/WithProps (v1.2 functions, v1.0 methods).
	"SetProp":   {kind: "context props", key: 1, value: 2, root: inertiaProps},
	"SetProps":  {kind: "context props", key: -1, value: 1, root: inertiaProps},
	"WithProp":  {kind: "context props", key: 1, value: 2, root: inertiaProps},
	"WithProps": {kind: "context props", key: -1, value: 1, root: inertiaProps},
	// Template data in the context: SetTemplateData(ctx, TemplateData),
	// SetTemplateDatum(ctx, key, val), WithTemplateData(ctx, key, val).
	"SetTemplateData":  {kind: "template data", key: -1, value: 1, root: inertiaTemplateData},
	"SetTemplateDatum": {kind: "template data", key: 1, value: 2, root: inertiaTemplateData},
	"WithTemplateData": {kind: "template data", key: 1, value: 2, root: inertiaTemplateData},
	// Validation errors, sent as the errors prop.
	"SetValidationErrors":  {kind: "validation errors", key: -1, value: 1, root: inertiaErrors},
	"AddValidationErrors":  {kind: "validation errors", key: -1, value: 1, root: inertiaErrors},
	"SetValidationError":   {kind: "validation errors", key: 1, value: 2, root: inertiaErrors},
	"WithValidationErrors": {kind: "validation errors", key: -1, value: 1, root: inertiaErrors},
	"WithValidationError":  {kind: "validation errors", key: 1, value: 2, root: inertiaErrors},
}

// v1.0 declared the context forms as methods of *Inertia.
var gonertiaV10Methods = map[string]bool{"WithProp": true, "WithProps": true, "WithTemplateData": true}

// gonertiaWrappers are the lazy props: the value they wrap (or what its
// closure returns) is what the page receives.
var gonertiaWrappers = map[string]bool{"Optional": true, "Lazy": true, "Defer": true, "Always": true, "Merge": true}

func gonertiaCall(fn *types.Func) *CallSpec {
	if fn.Pkg() == nil || !isGonertia(fn.Pkg()) {
		return nil
	}
	sink, ok := gonertiaSinks[fn.Name()]
	if !ok {
		return nil
	}
	if gonertiaV10Methods[fn.Name()] && fn.Signature().Recv() != nil {
		sink.method = true
	}
	return sink.spec(fn)
}

// isGonertia reports whether pkg is gonertia or has its API shape.
func isGonertia(pkg *types.Package) bool {
	switch pkg.Path() {
	case "github.com/romsar/gonertia", "github.com/romsar/gonertia/v2", "github.com/romsar/gonertia/v3":
		return true
	}
	switch lastElem(pkg.Path()) {
	case "gonertia", "inertia":
		return hasPropsMap(pkg) && hasRender(pkg)
	}
	return false
}

// hasPropsMap reports whether pkg declares type Props map[string]any.
func hasPropsMap(pkg *types.Package) bool {
	obj, ok := pkg.Scope().Lookup("Props").(*types.TypeName)
	if !ok {
		return false
	}
	m, ok := obj.Type().Underlying().(*types.Map)
	return ok && gotypes.IsString(m.Key()) && types.IsInterface(m.Elem())
}

// hasRender reports whether pkg's Inertia type has a method
// Render(http.ResponseWriter, *http.Request, string, ...).
func hasRender(pkg *types.Package) bool {
	obj, ok := pkg.Scope().Lookup("Inertia").(*types.TypeName)
	if !ok {
		return false
	}
	m, _, _ := types.LookupFieldOrMethod(types.NewPointer(obj.Type()), true, pkg, "Render")
	fn, ok := m.(*types.Func)
	if !ok || fn.Signature().Params().Len() < 3 {
		return false
	}
	params := fn.Signature().Params()
	return typeIs(params.At(0).Type(), "net/http", "ResponseWriter") &&
		typeIs(jsonshape.Deref(params.At(1).Type()), "net/http", "Request") && gotypes.IsString(params.At(2).Type())
}

func typeIs(t types.Type, pkg, name string) bool {
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == pkg && named.Obj().Name() == name
}

// gonertiaResolve returns what gonertia encodes in place of v: the value a
// lazy wrapper holds (Optional(v), LazyProp{Value: v}), and the result of
// a closure (func() any, func() (any, error)).
func gonertiaResolve(v ssa.Value) ([]ssa.Value, bool) {
	if call, ok := v.(*ssa.Call); ok {
		if obj := calleeObject(call.Common()); obj != nil && obj.Pkg() != nil &&
			gonertiaWrappers[obj.Name()] && obj.Signature().Recv() == nil && isGonertia(obj.Pkg()) && len(call.Call.Args) > 0 {
			return call.Call.Args[:1], true
		}
	}
	if held, ok := wrapperValue(v); ok {
		return held, true
	}
	return closureResults(v)
}

// wrapperValue returns what a gonertia wrapper struct built as a literal
// (LazyProp{Value: v}) holds in its Value field.
func wrapperValue(v ssa.Value) ([]ssa.Value, bool) {
	load, ok := v.(*ssa.UnOp)
	if !ok {
		return nil, false
	}
	named, ok := types.Unalias(v.Type()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !isGonertia(named.Obj().Pkg()) {
		return nil, false
	}
	return storedInto(load.X, "Value")
}
