package routes

import (
	"go/types"
	"strings"

	"github.com/ssrlint/ssrlint/internal/gotypes"
)

// Route is a route the module serves, in the form facts carry.
type Route struct {
	Pattern Pattern
	Handler string // "api/users.Get"; "" when not resolved
}

// FromPackagePath returns the route an API route package serves: the part
// of its import path below the last "pages" element ("example.com/app/
// pages/api/users" serves /api/users). An element "[id]" or "{id}" is a
// wildcard and "[...rest]" or "{rest...}" matches the rest, should a build
// system allow such import paths (the go command does not). It reports
// false when the path has no "pages" element.
func FromPackagePath(importPath string) (Pattern, bool) {
	elems := strings.Split(importPath, "/")
	last := -1
	for i, e := range elems {
		if e == "pages" {
			last = i
		}
	}
	if last < 0 || last == len(elems)-1 {
		return Pattern{}, false
	}
	var p Pattern
	for _, e := range elems[last+1:] {
		name, wild := strings.CutPrefix(e, "[")
		if wild {
			name, wild = strings.CutSuffix(name, "]")
		} else if name, wild = strings.CutPrefix(e, "{"); wild {
			name, wild = strings.CutSuffix(name, "}")
		}
		switch {
		case wild && (strings.HasPrefix(name, "...") || strings.HasSuffix(name, "...")):
			p.Rest = true
			return p, true
		case wild:
			p.Segs = append(p.Segs, Seg{Wild: true})
		default:
			p.Segs = append(p.Segs, Seg{Lit: e})
		}
	}
	return p, true
}

// PackageHandler returns the handler of an API route package: its one
// exported function of type func(http.ResponseWriter, *http.Request), or
// its one exported type with a ServeHTTP method.
func PackageHandler(pkg *types.Package) string {
	var found []string
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch obj := obj.(type) {
		case *types.Func:
			if isHandlerFunc(obj.Type()) {
				found = append(found, DisplayName(obj))
			}
		case *types.TypeName:
			if hasServeHTTP(obj.Type()) {
				found = append(found, DisplayName(obj))
			}
		}
	}
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

func isHandlerFunc(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	return ok && sig.Recv() == nil && sig.Params().Len() == 2 && sig.Results().Len() == 0 &&
		gotypes.IsNamed(sig.Params().At(0).Type(), "net/http.ResponseWriter") &&
		gotypes.IsNamed(sig.Params().At(1).Type(), "net/http.Request")
}

func hasServeHTTP(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, nil, "ServeHTTP")
	fn, ok := obj.(*types.Func)
	return ok && isHandlerFunc(types.NewSignatureType(nil, nil, nil, fn.Signature().Params(), fn.Signature().Results(), false))
}

// DisplayName names a function, method or type by the last two elements
// of its package path: "api/users.Get", "api/users.Server.ServeHTTP".
func DisplayName(obj types.Object) string {
	name := obj.Name()
	if fn, ok := obj.(*types.Func); ok {
		if recv := fn.Signature().Recv(); recv != nil {
			t := recv.Type()
			if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
				t = ptr.Elem()
			}
			if n, ok := types.Unalias(t).(*types.Named); ok {
				name = n.Obj().Name() + "." + name
			}
		}
	}
	if obj.Pkg() == nil {
		return name
	}
	return ShortPath(obj.Pkg().Path()) + "." + name
}

// ShortPath returns the last two elements of an import path.
func ShortPath(importPath string) string {
	elems := strings.Split(importPath, "/")
	if len(elems) > 2 {
		elems = elems[len(elems)-2:]
	}
	return strings.Join(elems, "/")
}
