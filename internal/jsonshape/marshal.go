package jsonshape

import "go/types"

// Marshals reports whether encoding/json hands values of type t to their own
// MarshalJSON or MarshalText method (on t or, for addressable values, *t):
// what they write cannot be seen from the type.
func Marshals(t types.Type) bool {
	return hasMarshalMethod(t, "MarshalJSON", true) || hasMarshalMethod(t, "MarshalText", true)
}

// TextMarshaler reports whether t itself implements encoding.TextMarshaler,
// which is what encoding/json asks of map keys that are not strings or
// integers.
func TextMarshaler(t types.Type) bool { return hasMarshalMethod(t, "MarshalText", false) }

// hasMarshalMethod reports whether t has a method name() ([]byte, error);
// with addressable, methods of *t count too. Interfaces never do: their
// dynamic value decides.
func hasMarshalMethod(t types.Type, name string, addressable bool) bool {
	if types.IsInterface(t) {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, addressable, nil, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	if sig.Params().Len() != 0 || sig.Results().Len() != 2 {
		return false
	}
	bytes, ok := sig.Results().At(0).Type().Underlying().(*types.Slice)
	if !ok || !isByte(bytes.Elem()) {
		return false
	}
	return types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type())
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Uint8
}
