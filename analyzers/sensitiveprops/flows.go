package sensitiveprops

import (
	"fmt"
	"go/constant"
	"go/token"

	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"github.com/ssrlint/ssrlint/internal/pages"
	"golang.org/x/tools/go/ssa"
)

// flows reports what SSA shows the props function putting into its props:
// values boxed into interface-typed parts (walked by their dynamic type)
// and the values of secret environment variables.
func (c *checker) flows(f *pages.PropsFunc, fn *ssa.Function, root jsonshape.Path, r *reporter) {
	at := func(fl jsonshape.Flow) token.Pos {
		if fl.Pos.IsValid() {
			return fl.Pos
		}
		return f.Decl.Name.Pos()
	}
	jsonshape.Flows(fn, f.Props, root, func(fl jsonshape.Flow) {
		switch v := fl.Value.(type) {
		case *ssa.MakeInterface:
			if fl.Stringified {
				return
			}
			jsonshape.Walk(v.X.Type(), fl.Path, func(n *jsonshape.Node) bool {
				return c.node(n, func(why, _ string) { r.report(at(fl), n.Path, why, fixValue) })
			})
		case *ssa.Call:
			if name, ok := c.secretEnv(v); ok {
				pos := v.Pos()
				if !pos.IsValid() {
					pos = at(fl)
				}
				r.report(pos, fl.Path, fmt.Sprintf("value of the secret environment variable %s", name), fixEnv)
			}
		}
	})
}

// secretEnv reports whether call reads an environment variable whose
// constant name names a secret (os.Getenv("STRIPE_SECRET_KEY")).
func (c *checker) secretEnv(call *ssa.Call) (string, bool) {
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg.Path() != "os" ||
		callee.Name() != "Getenv" && callee.Name() != "LookupEnv" || len(call.Call.Args) != 1 {
		return "", false
	}
	k, ok := call.Call.Args[0].(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.String {
		return "", false
	}
	name := constant.StringVal(k.Value)
	if _, secret := c.names.Match(name); !secret {
		return "", false
	}
	return name, true
}
