package propsjson

import (
	"fmt"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"golang.org/x/tools/go/analysis"
)

// A checker reports the problems of one props function's shape, each
// once: a value by its path, a tag by its field, a name conflict by its
// struct type and name.
type checker struct {
	pass *lintpass.Pass
	seen map[any]bool
}

func (c *checker) once(key any) bool {
	if c.seen[key] {
		return false
	}
	c.seen[key] = true
	return true
}

// node checks one position of the props, reporting at pos.
func (c *checker) node(n *jsonshape.Node, pos token.Pos) {
	if n.Field != nil {
		c.tag(n, pos)
	}
	switch n.Kind {
	case jsonshape.Unsupported:
		if c.once(n.Path) {
			c.report(pos, n, "%s has type %s, which encoding/json cannot encode: json.Marshal fails and the page renders an error; drop it from the props or tag it json:\"-\"",
				n.Path, c.typeString(n.Type))
		}
	case jsonshape.Map:
		if n.BadKey && c.once(n.Path) {
			c.report(pos, n, "%s is a %s, whose key type encoding/json cannot encode: json.Marshal fails and the page renders an error; use string, integer or encoding.TextMarshaler keys",
				n.Path, c.typeString(n.Base()))
		}
	case jsonshape.Struct:
		for _, conflict := range n.Conflicts {
			if c.once(conflictKey{c.typeString(n.Base()), conflict.Name}) {
				c.report(pos, n, "%s: %s share the JSON name %q at the same depth, so encoding/json silently drops them all; rename one with a json tag",
					n.Path, conflicting(n.Path, conflict), conflict.Name)
			}
		}
	}
}

type conflictKey struct{ typ, name string }

// conflicting names the fields of a conflict.
func conflicting(p jsonshape.Path, c jsonshape.Conflict) string {
	var names []string
	for _, f := range c.Fields {
		name := strings.TrimPrefix(f.GoPath(p).Go, p.Go+".")
		if len(names) == 0 || names[len(names)-1] != name {
			names = append(names, name)
		}
	}
	if len(names) == 1 {
		return names[0] + " (its struct embedded twice)"
	}
	return strings.Join(names, " and ")
}

// tag reports the problems of the json tag of the field at n.
func (c *checker) tag(n *jsonshape.Node, pos token.Pos) {
	if len(n.Field.Tag.Problems) == 0 || !c.once(n.Field.Var.Origin()) {
		return
	}
	for _, problem := range n.Field.Tag.Problems {
		c.report(pos, n, "%s has json tag %s: %s; fix the tag", n.Path, strconv.Quote(n.Field.Tag.Value), problem)
	}
}

func (c *checker) typeString(t types.Type) string {
	return types.TypeString(t, types.RelativeTo(c.pass.Pkg))
}

// report reports at pos, pointing at the field's declaration as related
// information when the value is a field.
func (c *checker) report(pos token.Pos, n *jsonshape.Node, format string, args ...any) {
	d := analysis.Diagnostic{Pos: pos, Message: fmt.Sprintf(format, args...)}
	if n.Field != nil {
		d.Related = []analysis.RelatedInformation{{Pos: n.Field.Var.Pos(), Message: "declared here"}}
	}
	c.pass.Report(d)
}
