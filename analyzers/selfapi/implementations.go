package selfapi

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/ssrlint/ssrlint/internal/gotypes"
)

// implementations returns the methods a call of the interface method m on
// recv may run: class hierarchy analysis restricted to the methods that
// send requests, of this package and of the packages it depends on (the
// part of the program this package can see). A call through an interface
// two types implement is reported when one of them sends a request, as
// the call may run it.
func (c *checker) implementations(m *types.Func, recv ssa.Value, args []ssa.Value) []callee {
	iface, ok := recv.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	via := " (through " + qualifiedTypeName(recv.Type()) + ")"
	var out []callee
	for _, impl := range c.requestMethods()[m.Name()] {
		if implements(impl.Signature().Recv().Type(), iface) {
			for _, ce := range c.calleeOf(impl, prepend(recv, args)) {
				ce.via = via
				out = append(out, ce)
			}
		}
	}
	return out
}

// requestMethods returns, by name, the methods of concrete types that may
// send requests: this package's (their requests are computed when a call
// may run them), and those of other packages with a requests fact. It is
// built on the first call through an interface.
func (c *checker) requestMethods() map[string][]*types.Func {
	if c.methods != nil {
		return c.methods
	}
	c.methods = map[string][]*types.Func{}
	add := func(obj types.Object) {
		if m, ok := obj.(*types.Func); ok && isConcreteMethod(m) {
			c.methods[m.Name()] = append(c.methods[m.Name()], m)
		}
	}
	for _, f := range c.p.AllObjectFacts() {
		if _, ok := f.Fact.(*requestsFact); ok {
			add(f.Object)
		}
	}
	for _, fn := range c.funcs {
		if fn.Object() != nil {
			add(fn.Object())
		}
	}
	return c.methods
}

func isConcreteMethod(m *types.Func) bool {
	recv := m.Signature().Recv()
	return recv != nil && !types.IsInterface(recv.Type())
}

// implements reports whether the receiver type recv of a method, or a
// pointer to it (whose method set has every method of the type), implements
// iface. Methods of generic types are left out.
func implements(recv types.Type, iface *types.Interface) bool {
	if named, ok := types.Unalias(gotypes.Deref(recv)).(*types.Named); !ok || named.TypeParams().Len() > 0 {
		return false
	}
	if _, isPtr := types.Unalias(recv).(*types.Pointer); !isPtr {
		recv = types.NewPointer(recv)
	}
	return types.Implements(recv, iface)
}

// qualifiedTypeName names a named type with its package: feeds.Source.
func qualifiedTypeName(t types.Type) string {
	if n, ok := types.Unalias(gotypes.Deref(t)).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Name() + "." + n.Obj().Name()
	}
	return t.String()
}
