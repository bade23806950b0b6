package sensitiveprops

import (
	"fmt"
	"go/token"
	"go/types"

	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"golang.org/x/tools/go/ssa"
)

// fixDerived is the fix offered for a secret copied or formatted into props.
const fixDerived = "keep the secret on the server and give the page only what it needs (an ID, a masked hint)"

// derived reports a value read from a sensitive struct field that reaches
// the props, as is or formatted into a string: the field's own JSON
// encoding (json:"-") does not matter, its value is in the page.
func (c *checker) derived(fl jsonshape.Flow, pos token.Pos, r *reporter) {
	origin, why, ok := c.sensitiveRead(fl.Value)
	if !ok {
		return
	}
	verb := "copied"
	if fl.Stringified {
		verb = "formatted"
	}
	r.report(pos, fl.Path, fmt.Sprintf("%s from %s, %s", verb, origin, why), fixDerived)
}

// sensitiveRead reports whether v reads a struct field marked
// //ssrlint:sensitive or named like a secret, naming it (Webhook.Secret)
// and saying why.
func (c *checker) sensitiveRead(v ssa.Value) (origin, why string, ok bool) {
	var holder types.Type
	var index int
	switch v := v.(type) {
	case *ssa.UnOp:
		fa, isField := v.X.(*ssa.FieldAddr)
		if v.Op != token.MUL || !isField || decodedFromRequestBody(fa.X) {
			return "", "", false
		}
		holder, index = jsonshape.Deref(fa.X.Type()), fa.Field
	case *ssa.Field:
		holder, index = v.X.Type(), v.Field
	default:
		return "", "", false
	}
	st, isStruct := holder.Underlying().(*types.Struct)
	if !isStruct || index >= st.NumFields() {
		return "", "", false
	}
	field := st.Field(index)
	origin = typeName(holder) + "." + field.Name()
	if c.marked(field.Origin()) {
		return origin, "a field marked //ssrlint:sensitive", true
	}
	match := c.names.Match
	switch scalarKind(field.Type()) {
	case text:
	case number:
		match = c.names.MatchLast
	default:
		return "", "", false
	}
	if term, secret := match(field.Name()); secret {
		return origin, "a field named like a secret: " + term, true
	}
	return "", "", false
}

// typeName names a struct type for messages: its name, or "struct".
func typeName(t types.Type) string {
	if named, ok := types.Unalias(t).(*types.Named); ok {
		return named.Obj().Name()
	}
	return "struct"
}
