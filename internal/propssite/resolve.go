package propssite

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// closureResults returns the values a function value without parameters
// returning any (func() any, func() (any, error)) returns: frameworks call
// such closures and encode their result.
func closureResults(v ssa.Value) ([]ssa.Value, bool) {
	var fn *ssa.Function
	switch v := v.(type) {
	case *ssa.MakeClosure:
		fn, _ = v.Fn.(*ssa.Function)
	case *ssa.Function:
		fn = v
	}
	if fn == nil || !lazySignature(fn.Signature) {
		return nil, false
	}
	var out []ssa.Value
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
			out = append(out, ret.Results[0])
		}
	}
	return out, true
}

// lazySignature reports whether sig is func() any or func() (any, error).
func lazySignature(sig *types.Signature) bool {
	res := sig.Results()
	if sig.Params().Len() != 0 || res.Len() == 0 || res.Len() > 2 || !types.IsInterface(res.At(0).Type()) {
		return false
	}
	return res.Len() == 1 || types.Identical(res.At(1).Type(), types.Universe.Lookup("error").Type())
}

// storedInto returns the values stored into the field named field of the
// struct at addr.
func storedInto(addr ssa.Value, field string) ([]ssa.Value, bool) {
	refs := addr.Referrers()
	if refs == nil {
		return nil, false
	}
	var out []ssa.Value
	for _, r := range *refs {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fa.Referrers() == nil || fieldName(fa) != field {
			continue
		}
		for _, w := range *fa.Referrers() {
			if st, ok := w.(*ssa.Store); ok && st.Addr == fa {
				out = append(out, st.Val)
			}
		}
	}
	return out, len(out) > 0
}

func fieldName(fa *ssa.FieldAddr) string {
	st, ok := fa.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return ""
	}
	s, ok := st.Elem().Underlying().(*types.Struct)
	if !ok || fa.Field >= s.NumFields() {
		return ""
	}
	return s.Field(fa.Field).Name()
}
