package propssurface

import (
	"go/types"

	"github.com/ssrlint/ssrlint/internal/gotypes"
	"golang.org/x/tools/go/ssa"
)

// maxExprDepth bounds how much of an expression expr spells out.
const maxExprDepth = 4

// expr spells the value v the way the source most likely wrote it
// (u.Email, store.UserByLogin(...), cfg.APIKey), or "" for a constant or
// a value it cannot name.
func expr(v ssa.Value) string { return exprDepth(v, 0) }

func exprDepth(v ssa.Value, depth int) string {
	if depth > maxExprDepth {
		return ""
	}
	switch v := v.(type) {
	case *ssa.MakeInterface:
		return exprDepth(v.X, depth+1)
	case *ssa.ChangeType:
		return exprDepth(v.X, depth+1)
	case *ssa.Convert:
		return exprDepth(v.X, depth+1)
	case *ssa.UnOp:
		return exprDepth(v.X, depth+1)
	case *ssa.FieldAddr:
		return selector(exprDepth(v.X, depth+1), v.X.Type(), v.Field)
	case *ssa.Field:
		return selector(exprDepth(v.X, depth+1), v.X.Type(), v.Field)
	case *ssa.Call:
		if callee := v.Call.StaticCallee(); callee != nil {
			return calleeName(callee) + "(...)"
		}
	case *ssa.Parameter:
		return v.Name()
	case *ssa.FreeVar:
		return v.Name()
	case *ssa.Global:
		return v.Pkg.Pkg.Name() + "." + v.Name()
	case *ssa.Alloc:
		return allocated(v)
	}
	return ""
}

// allocated spells what an Alloc holds: a local variable's name, or the
// type of a composite literal.
func allocated(a *ssa.Alloc) string {
	switch a.Comment {
	case "complit":
		return typeString(a.Type().(*types.Pointer).Elem()) + "{...}"
	case "slicelit", "makeslice", "new", "varargs", "":
		return ""
	}
	return a.Comment
}

// selector spells x.Field for field index of the struct x points to or is.
func selector(x string, t types.Type, index int) string {
	if x == "" {
		return ""
	}
	st, ok := gotypes.Deref(t).Underlying().(*types.Struct)
	if !ok || index >= st.NumFields() {
		return ""
	}
	return x + "." + st.Field(index).Name()
}

// calleeName names a called function: pkg.Func or Type.Method.
func calleeName(fn *ssa.Function) string {
	if recv := fn.Signature.Recv(); recv != nil {
		if name := gotypes.NamedName(recv.Type()); name != "" {
			return name + "." + fn.Name()
		}
	}
	if fn.Pkg != nil {
		return fn.Pkg.Pkg.Name() + "." + fn.Name()
	}
	return fn.Name()
}
