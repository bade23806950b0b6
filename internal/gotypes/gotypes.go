// Package gotypes holds the few questions about go/types types and
// go/ssa values that ssrlint asks everywhere and that neither
// honnef.co/go/tools (go/types/typeutil, analysis/code) nor
// golang.org/x/tools answer. Use those libraries first: this package only
// fills their gaps.
package gotypes

import (
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
	"honnef.co/go/tools/go/types/typeutil"
)

// IsString reports whether t's underlying type is a string type; false
// for nil.
func IsString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// Deref returns the element type of a pointer (through aliases), and t
// itself otherwise. Unlike typeutil.Dereference, a named pointer type is
// not a pointer here: it is a type of its own.
func Deref(t types.Type) types.Type {
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		return ptr.Elem()
	}
	return t
}

// IsNamed reports whether t, or the type *t points to, is the named type
// qualified ("net/http.Request").
func IsNamed(t types.Type, qualified string) bool {
	return typeutil.IsTypeWithName(Deref(t), qualified)
}

// NamedName returns the name of t's named type, t being the type or a
// pointer to it; "" for other types.
func NamedName(t types.Type) string {
	if n, ok := types.Unalias(Deref(t)).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// ConstString returns the value of a constant string.
func ConstString(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

// Callee returns the function or method a call calls: the static callee's
// object, or the interface method of a dynamic call; nil for a call of a
// function value.
func Callee(call *ssa.CallCommon) *types.Func {
	if call.IsInvoke() {
		return call.Method
	}
	if fn := call.StaticCallee(); fn != nil {
		obj, _ := fn.Object().(*types.Func)
		return obj
	}
	return nil
}

// FuncName returns the package path, receiver type name and name of a
// function or method; "" for all three when it has no package.
func FuncName(obj *types.Func) (pkgPath, recv, name string) {
	if obj == nil || obj.Pkg() == nil {
		return "", "", ""
	}
	if sig := obj.Signature(); sig.Recv() != nil {
		recv = NamedName(sig.Recv().Type())
	}
	return obj.Pkg().Path(), recv, obj.Name()
}

// InStandardLibrary reports whether pkg is a standard library package:
// the first element of its path has no dot, unlike every module path.
func InStandardLibrary(pkg *types.Package) bool {
	first, _, _ := strings.Cut(pkg.Path(), "/")
	return !strings.Contains(first, ".")
}
