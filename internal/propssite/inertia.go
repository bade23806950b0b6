package propssite

import (
	"go/types"
	"strings"

	"github.com/ssrlint/ssrlint/internal/gotypes"
	"github.com/ssrlint/ssrlint/internal/jsonshape"
)

// Inertia's protocol, shared by its Go server adapters (gonertia.go,
// inertiago.go): a page object whose props the root template writes into
// the initial HTML as JSON (data-page), shared props merged into every
// page, template data the root template reads.

// Roots of the values Inertia adapters serialize.
var (
	inertiaProps        = jsonshape.Root("Props")
	inertiaErrors       = inertiaProps.Field("Errors", "errors")
	inertiaTemplateData = jsonshape.Path{Go: "TemplateData", JSON: "templateData"}
	inertiaFlash        = jsonshape.Path{Go: "Flash", JSON: "flash"}
)

// An inertiaSink is a function of an Inertia adapter that serializes one
// of its arguments.
type inertiaSink struct {
	method bool // a method of the Inertia type, else a package function
	kind   string
	key    int // index of the key argument, or -1
	value  int // index of the value argument
	root   jsonshape.Path
}

// spec returns the CallSpec for fn when its shape matches the sink: a
// method of the package's Inertia type or a package function, a string
// key, and a value argument.
func (s inertiaSink) spec(fn *types.Func) *CallSpec {
	sig := fn.Signature()
	if (sig.Recv() != nil) != s.method || s.method && !receiverNamed(sig, "Inertia") {
		return nil
	}
	if s.value >= sig.Params().Len() || s.key >= 0 && !gotypes.IsString(sig.Params().At(s.key).Type()) {
		return nil
	}
	name := fn.Pkg().Name() + "." + fn.Name()
	if s.method {
		name = fn.Pkg().Name() + ".(*Inertia)." + fn.Name()
	}
	return &CallSpec{Kind: s.kind, Name: name, Value: s.value, Key: s.key, Root: s.root}
}

// receiverNamed reports whether sig is a method of the named type (or a
// pointer to it) called name.
func receiverNamed(sig *types.Signature, name string) bool {
	named, ok := jsonshape.Deref(sig.Recv().Type()).(*types.Named)
	return ok && named.Obj().Name() == name
}

// lastElem returns the last element of an import path, without a major
// version suffix (gonertia/v2 is gonertia).
func lastElem(path string) string {
	elems := strings.Split(path, "/")
	last := elems[len(elems)-1]
	if len(elems) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		last = elems[len(elems)-2]
	}
	return last
}
