package sensitiveprops

import (
	"go/types"

	"github.com/ssrlint/ssrlint/internal/gotypes"
	"golang.org/x/tools/go/ssa"
)

// decodedFromRequestBody reports whether ptr is a local variable that
// json.NewDecoder(r.Body).Decode(&v) fills from the incoming request: its
// fields hold what the browser sent (a form rendered again after a failed
// validation), so copying them into props gives the page nothing it did
// not already have.
func decodedFromRequestBody(ptr ssa.Value) bool {
	alloc, ok := ptr.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, ref := range *alloc.Referrers() {
		boxed, ok := ref.(*ssa.MakeInterface)
		if !ok {
			continue
		}
		for _, use := range *boxed.Referrers() {
			if call, ok := use.(ssa.CallInstruction); ok && decodesRequestBody(call.Common(), boxed) {
				return true
			}
		}
	}
	return false
}

// decodesRequestBody reports whether c is (*json.Decoder).Decode(into) on a
// decoder built by json.NewDecoder over an *http.Request's Body.
func decodesRequestBody(c *ssa.CallCommon, into ssa.Value) bool {
	if !isFunc(c.StaticCallee(), "(*encoding/json.Decoder).Decode") || len(c.Args) != 2 || c.Args[1] != into {
		return false
	}
	newDecoder, ok := c.Args[0].(*ssa.Call)
	if !ok || !isFunc(newDecoder.Call.StaticCallee(), "encoding/json.NewDecoder") {
		return false
	}
	return isRequestBody(newDecoder.Call.Args[0])
}

// isRequestBody reports whether v is r.Body of an *http.Request, as an
// io.Reader (converted from the field's io.ReadCloser).
func isRequestBody(v ssa.Value) bool {
	if converted, ok := v.(*ssa.ChangeInterface); ok {
		v = converted.X
	}
	load, ok := v.(*ssa.UnOp)
	if !ok {
		return false
	}
	field, ok := load.X.(*ssa.FieldAddr)
	if !ok || !gotypes.IsNamed(field.X.Type(), "net/http.Request") {
		return false
	}
	request := gotypes.Deref(field.X.Type()).Underlying().(*types.Struct)
	return request.Field(field.Field).Name() == "Body"
}

// isFunc reports whether fn is the function named like (*pkg.T).M or pkg.F.
func isFunc(fn *ssa.Function, name string) bool {
	return fn != nil && fn.RelString(nil) == name
}
