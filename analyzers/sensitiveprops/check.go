package sensitiveprops

import (
	"fmt"
	"go/token"
	"go/types"

	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/secretname"
)

// Fixes offered by the messages.
const (
	fixField = `drop it from the props type or tag it json:"-"`
	fixType  = "keep it on the server and put only the data the page needs into props"
	fixValue = "do not put it into props; copy only the fields the page needs"
	fixEnv   = "keep it on the server and pass only what the page needs"
	// fixCredential: a key that was ever sent to browsers is public.
	fixCredential = "revoke the key and keep its replacement on the server, used by an API route"
)

type checker struct {
	pass  *lintpass.Pass
	names *secretname.Matcher
	types map[string]string // "import/path.Type" -> what it is
}

// node checks one position of the props, calling report when it is
// sensitive, and says whether to look inside it.
func (c *checker) node(n *jsonshape.Node, report func(why, fix string)) bool {
	if why, ok := c.sensitiveType(n.Base()); ok {
		report(why, fixType)
		return false
	}
	if n.Kind == jsonshape.Opaque {
		return false // its MarshalJSON decides what the page sees
	}
	if n.Field == nil {
		return true
	}
	if c.marked(n.Field.Var.Origin()) {
		report("field marked //ssrlint:sensitive", fixField)
		return false
	}
	if term, ok := c.secretField(n); ok {
		report(fmt.Sprintf("field named like a secret: %s", term), fixField)
		return false
	}
	return true
}

// secretField reports whether a field's Go or JSON name names a secret
// and its values are text (or, for names ending in the secret, numbers):
// HasPassword bool and PasswordChangedAt time.Time are about a secret, not
// the secret.
func (c *checker) secretField(n *jsonshape.Node) (string, bool) {
	match := c.names.Match
	switch scalarKind(n.Type) {
	case text:
	case number:
		match = c.names.MatchLast
	default:
		return "", false
	}
	if term, ok := match(n.Field.Var.Name()); ok {
		return term, true
	}
	return match(n.Field.Name)
}

type valueKind int

const (
	other valueKind = iota
	text
	number
)

// scalarKind returns what the values of t, or of its elements, are.
func scalarKind(t types.Type) valueKind {
	for {
		t = jsonshape.Deref(t)
		if jsonshape.Marshals(t) {
			return other
		}
		switch u := t.Underlying().(type) {
		case *types.Basic:
			switch {
			case u.Info()&types.IsString != 0:
				return text
			case u.Info()&types.IsInteger != 0:
				return number
			}
			return other
		case *types.Slice:
			if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Uint8 {
				return text
			}
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		default:
			return other
		}
	}
}

// A reporter reports each path of one props function once; a finding
// inside a path already reported adds nothing.
type reporter struct {
	pass *lintpass.Pass
	dest string // where the site's values land
	done []jsonshape.Path
}

func (r *reporter) report(pos token.Pos, path jsonshape.Path, why, fix string) {
	for _, d := range r.done {
		if path.Within(d) {
			return
		}
	}
	r.done = append(r.done, path)
	r.pass.Reportf(pos, "%s reaches %s as %s (%s); %s", path.Go, r.dest, path.JSON, why, fix)
}
