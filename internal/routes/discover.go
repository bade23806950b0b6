package routes

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/ssrlint/ssrlint/internal/gotypes"
)

// registrar describes a function or method that registers a route.
type registrar struct {
	syntax     Syntax
	method     string // the method the function's name implies, "" for any
	methodArg  int    // index of a method argument, -1 for none
	patternArg int
	handlerArg int
	variadic   bool // the handlers are a variadic list; the last one serves
	// rootRecv is the receiver type that is always the root router, so a
	// registration on a parameter of that type has no unknown prefix.
	rootRecv string
}

var httpVerbs = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE"}

// lookupRegistrar recognises route registrations by package path, receiver
// type name ("" for a function) and name, without depending on the
// routers' modules.
func lookupRegistrar(pkgPath, recv, name string) (registrar, bool) {
	verb := strings.ToUpper(name)
	isVerb := slices.Contains(httpVerbs, verb)
	switch {
	case pkgPath == "net/http" && (recv == "" || recv == "ServeMux") && (name == "Handle" || name == "HandleFunc"):
		return registrar{syntax: ServeMux, methodArg: -1, handlerArg: 1}, true
	case hasPathPrefix(pkgPath, "github.com/go-chi/chi") && (recv == "Mux" || recv == "Router"):
		switch {
		case isVerb && name == verb[:1]+strings.ToLower(verb[1:]):
			return registrar{syntax: Framework, method: verb, methodArg: -1, handlerArg: 1}, true
		case name == "Handle" || name == "HandleFunc":
			return registrar{syntax: Framework, methodArg: -1, handlerArg: 1}, true
		case name == "Method" || name == "MethodFunc":
			return registrar{syntax: Framework, methodArg: 0, patternArg: 1, handlerArg: 2}, true
		}
	case hasPathPrefix(pkgPath, "github.com/gorilla/mux") && recv == "Router" && (name == "Handle" || name == "HandleFunc"):
		return registrar{syntax: Framework, methodArg: -1, handlerArg: 1}, true
	case hasPathPrefix(pkgPath, "github.com/gin-gonic/gin") && slices.Contains([]string{"RouterGroup", "Engine", "IRoutes", "IRouter"}, recv):
		switch {
		case isVerb && name == verb, name == "Any":
			return registrar{syntax: Framework, method: strings.TrimPrefix(verb, "ANY"), methodArg: -1, handlerArg: 1, variadic: true, rootRecv: "Engine"}, true
		case name == "Handle":
			return registrar{syntax: Framework, methodArg: 0, patternArg: 1, handlerArg: 2, variadic: true, rootRecv: "Engine"}, true
		}
	case hasPathPrefix(pkgPath, "github.com/labstack/echo") && (recv == "Echo" || recv == "Group"):
		switch {
		case isVerb && name == verb, name == "Any":
			return registrar{syntax: Framework, method: strings.TrimPrefix(verb, "ANY"), methodArg: -1, handlerArg: 1, rootRecv: "Echo"}, true
		case name == "Add":
			return registrar{syntax: Framework, methodArg: 0, patternArg: 1, handlerArg: 2, rootRecv: "Echo"}, true
		}
	}
	return registrar{}, false
}

// hasPathPrefix reports whether path is prefix or below it, major version
// suffixes included (github.com/go-chi/chi/v5).
func hasPathPrefix(path, prefix string) bool {
	return path == prefix || strings.HasPrefix(path, prefix+"/")
}

// Discover returns the routes registered in funcs with a constant pattern,
// with the path prefixes of the sub-routers they are registered on (see
// routerPrefix). A framework registration on a router whose prefix is
// unknown (a sub-router received from another package) is left out rather
// than guessed.
func Discover(funcs []*ssa.Function) []Route {
	d := &discovery{funcs: funcs}
	var out []Route
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				if r, ok := d.registration(&call.Call); ok {
					out = append(out, r)
				}
			}
		}
	}
	return out
}

func (d *discovery) registration(call *ssa.CallCommon) (Route, bool) {
	pkgPath, recvName, name := callee(call)
	reg, ok := lookupRegistrar(pkgPath, recvName, name)
	if !ok {
		return Route{}, false
	}
	recv, args := splitArgs(call)
	if reg.patternArg >= len(args) || reg.handlerArg >= len(args) {
		return Route{}, false
	}
	text, ok := gotypes.ConstString(args[reg.patternArg])
	if !ok {
		return Route{}, false
	}
	method := reg.method
	if reg.methodArg >= 0 {
		if method, ok = gotypes.ConstString(args[reg.methodArg]); !ok {
			return Route{}, false
		}
	}
	if reg.syntax == Framework {
		prefix, ok := d.routerPrefix(recv, reg.rootRecv, 0)
		if !ok {
			return Route{}, false
		}
		text = prefix + text
	}
	p, ok := Parse(reg.syntax, method, text)
	if !ok {
		return Route{}, false
	}
	handler := args[reg.handlerArg]
	if reg.variadic {
		handler = lastVararg(handler)
	}
	return Route{Pattern: p, Handler: handlerName(handler)}, true
}

// splitArgs returns the receiver (nil for a function) and the other
// arguments of a call.
func splitArgs(call *ssa.CallCommon) (ssa.Value, []ssa.Value) {
	if call.IsInvoke() {
		return call.Value, call.Args
	}
	if fn := call.StaticCallee(); fn != nil && fn.Signature.Recv() != nil && len(call.Args) > 0 {
		return call.Args[0], call.Args[1:]
	}
	return nil, call.Args
}

// handlerName names the function or type a handler value comes from.
func handlerName(v ssa.Value) string {
	for range 8 {
		switch x := v.(type) {
		case *ssa.Function:
			if obj := x.Object(); obj != nil && x.Parent() == nil {
				return DisplayName(obj)
			}
			return ""
		case *ssa.MakeClosure:
			v = x.Fn
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			if _, ok := x.X.Type().Underlying().(*types.Signature); ok {
				v = x.X
				continue
			}
			if n, ok := types.Unalias(gotypes.Deref(x.X.Type())).(*types.Named); ok {
				return DisplayName(n.Obj())
			}
			return ""
		default:
			return ""
		}
	}
	return ""
}

// callee returns the package path, receiver type name and name of the
// function or method a call calls.
func callee(call *ssa.CallCommon) (pkgPath, recv, name string) {
	return gotypes.FuncName(gotypes.Callee(call))
}

// IsRegistrar reports whether fn is a function or method that Discover
// recognises as registering a route (a package that calls none has none).
func IsRegistrar(fn *types.Func) bool {
	_, ok := lookupRegistrar(gotypes.FuncName(fn))
	return ok
}

// lastVararg returns the last element of a variadic argument built at the
// call.
func lastVararg(v ssa.Value) ssa.Value {
	slice, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	array, ok := slice.X.(*ssa.Alloc)
	if !ok || array.Referrers() == nil {
		return nil
	}
	var last ssa.Value
	for _, ref := range *array.Referrers() {
		if ia, ok := ref.(*ssa.IndexAddr); ok && ia.Referrers() != nil {
			for _, r := range *ia.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
					last = st.Val
				}
			}
		}
	}
	return last
}
