package selfapi

import (
	"go/types"
	"strings"

	"github.com/ssrlint/ssrlint/internal/urlval"
	"golang.org/x/tools/go/ssa"
)

// callee is a declared function or method a call may run, with the values
// passed for its parameters (the receiver first, for a method).
type callee struct {
	obj  *types.Func   // the generic function for an instance
	fn   *ssa.Function // its body, for a function of this package
	args []ssa.Value
	via  string // " (through feeds.Source)" for a call through an interface
}

// callees returns the declared functions a call may run: its static
// callee, the method of a method value (load := c.Featured; load(ctx)), a
// function value stored once in a variable or a struct field, and for a
// call through an interface the methods of this program that implement
// it and send requests (see implementations).
func (c *checker) callees(call *ssa.CallCommon) []callee {
	if call.IsInvoke() {
		return c.implementations(call.Method, call.Value, call.Args)
	}
	fn, recv := funcValue(call.Value)
	if fn == nil {
		return nil
	}
	if m := boundMethod(fn); m != nil && recv != nil {
		if types.IsInterface(recv.Type()) {
			return c.implementations(m, recv, call.Args)
		}
		return c.calleeOf(m.Origin(), prepend(recv, call.Args))
	}
	if origin := fn.Origin(); origin != nil {
		fn = origin // an instance's body is its generic function's
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || fn.Parent() != nil || !declared(fn) {
		return nil
	}
	return c.calleeOf(obj, call.Args)
}

func (c *checker) calleeOf(obj *types.Func, args []ssa.Value) []callee {
	out := callee{obj: obj, args: args}
	if obj.Pkg() == c.p.Pkg {
		if out.fn = c.ssa.Pkg.Prog.FuncValue(obj); out.fn == nil {
			return nil
		}
	}
	return []callee{out}
}

func prepend(v ssa.Value, list []ssa.Value) []ssa.Value {
	return append([]ssa.Value{v}, list...)
}

// funcValue returns the function a call's value runs and, for a method
// value, the receiver bound to it.
func funcValue(v ssa.Value) (*ssa.Function, ssa.Value) {
	switch v := urlval.Source(v).(type) {
	case *ssa.Function:
		return v, nil
	case *ssa.MakeClosure:
		fn, _ := v.Fn.(*ssa.Function)
		if boundMethod(fn) != nil && len(v.Bindings) == 1 {
			return fn, v.Bindings[0]
		}
		return fn, nil
	}
	return nil, nil
}

// boundMethod returns the method of a method value's wrapper (c.Featured
// used as a value), nil for other functions.
func boundMethod(fn *ssa.Function) *types.Func {
	if fn == nil || !strings.HasPrefix(fn.Synthetic, "bound method wrapper") {
		return nil
	}
	m, _ := fn.Object().(*types.Func)
	return m
}

// declared reports whether fn is a function or method declared in Go
// source (of this package, or of another one known from its types), not a
// wrapper, thunk or bound method whose parameters differ from the
// method's.
func declared(fn *ssa.Function) bool {
	return fn.Synthetic == "" || strings.HasPrefix(fn.Synthetic, "from type information")
}
