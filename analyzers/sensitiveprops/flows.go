package sensitiveprops

import (
	"fmt"
	"go/token"

	"github.com/ssrlint/ssrlint/internal/credential"
	"github.com/ssrlint/ssrlint/internal/gotypes"
	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"github.com/ssrlint/ssrlint/internal/propssite"
	"golang.org/x/tools/go/ssa"
)

// flows reports what SSA shows a site putting into the props value v:
// values reaching interface-typed parts (walked by their dynamic type) and
// the values of secret environment variables.
func (c *checker) flows(s *propssite.Site, v propssite.Value, r *reporter) {
	at := func(fl jsonshape.Flow) token.Pos {
		if fl.Pos.IsValid() {
			return fl.Pos
		}
		return v.Pos
	}
	s.Flows(v, func(fl jsonshape.Flow) {
		if fl.Dynamic != nil && !fl.Stringified {
			jsonshape.Walk(fl.Dynamic, fl.Path, func(n *jsonshape.Node) bool {
				return c.node(n, func(why, _ string) { r.report(at(fl), n.Path, why, fixValue) })
			})
		}
		c.derived(fl, at(fl), r)
		if kind := credentialConst(fl.Value); kind != "" {
			r.report(at(fl), fl.Path, "a string constant that looks like a credential: "+kind, fixCredential)
		}
		if call, ok := fl.Value.(*ssa.Call); ok {
			if name, ok := c.secretEnv(call); ok {
				pos := call.Pos()
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
	name, ok := gotypes.ConstString(call.Call.Args[0])
	if !ok {
		return "", false
	}
	if _, secret := c.names.Match(name); !secret {
		return "", false
	}
	return name, true
}

// credentialConst returns the kind of credential the string constant v
// holds in a well-known format (Stripe live secret key), or "".
func credentialConst(v ssa.Value) string {
	s, ok := gotypes.ConstString(v)
	if !ok {
		return ""
	}
	return credential.Find(s)
}
