package propssurface

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/ssrlint/ssrlint/analyzers/sensitiveprops"
	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/propssite"
	"github.com/ssrlint/ssrlint/internal/surface"
)

// A site is the surface of one handler being built, with the positions
// the lock check reports at.
type site struct {
	surface.Site
	pos       token.Pos
	positions []token.Pos // of Paths, index for index
}

// A builder collects the paths of one handler's sites.
type builder struct {
	pass   *lintpass.Pass
	sens   *sensitiveprops.Sensitivity
	paths  map[string]*path // by JSON path
	keyed  map[string]bool  // JSON paths of maps that received entries under constant keys
	result *site
}

// A path is one JSON path being built.
type path struct {
	surface.Path
	pos   token.Pos
	iface bool     // its type is still an interface: nothing concrete was seen flowing in
	from  []string // the values its text is built from
}

// describe returns the surfaces of the sites, one per handler, in the
// order of their first site.
func describe(p *lintpass.Pass, sites []*propssite.Site, sens *sensitiveprops.Sensitivity) []*site {
	var order []string
	byHandler := map[string]*builder{}
	for _, s := range sites {
		name := s.HandlerName()
		b := byHandler[name]
		if b == nil {
			b = &builder{pass: p, sens: sens, paths: map[string]*path{}, keyed: map[string]bool{}}
			b.result = &site{Site: surface.Site{
				Package: p.Pkg.Path(), Handler: name, Name: s.Name, Adapter: s.Adapter, Route: s.Route,
				Pos: position(p, s.Pos),
			}, pos: s.Pos}
			byHandler[name] = b
			order = append(order, name)
		}
		b.add(s)
	}
	out := make([]*site, len(order))
	for i, name := range order {
		out[i] = byHandler[name].finish()
	}
	return out
}

// add adds the paths of one site: what the static types of its values
// hold, then what SSA shows flowing into their interface-typed parts.
func (b *builder) add(s *propssite.Site) {
	for _, v := range s.Values {
		if !v.Untyped {
			b.walk(v.Type, v.Path, "", v.Pos)
		}
		s.Flows(v, func(fl jsonshape.Flow) { b.flow(fl, v.Pos) })
	}
}

// flow records what one value flowing into the props adds: the dynamic
// type of a value stored into an interface, or the text of a value a
// string is built from.
func (b *builder) flow(fl jsonshape.Flow, sitePos token.Pos) {
	pos := fl.Pos
	if !pos.IsValid() {
		pos = sitePos
	}
	if parent, ok := keyedParent(fl.Path.JSON, fl.Path.Go); ok {
		b.keyed[parent] = true
	}
	switch {
	case fl.Stringified:
		if what := expr(fl.Value); what != "" {
			p := b.at(fl.Path, fl.Value.Type(), pos)
			if !slices.Contains(p.from, what) {
				p.from = append(p.from, what)
			}
		}
	case fl.Dynamic != nil:
		b.walk(fl.Dynamic, fl.Path, expr(fl.Value), pos)
	}
}

// keyedParent returns the JSON path of the map holding the entry at a path
// whose Go form ends with a constant key (Props["user"]).
func keyedParent(jsonPath, goPath string) (string, bool) {
	if !strings.HasSuffix(goPath, `"]`) {
		return "", false
	}
	i := strings.LastIndex(jsonPath, ".")
	if i < 0 {
		return "", false
	}
	return jsonPath[:i], true
}

// walk adds the paths of a value of type t at root, as encoding/json
// writes it; origin says where the root value comes from.
func (b *builder) walk(t types.Type, root jsonshape.Path, origin string, pos token.Pos) {
	owners := map[string]string{} // Go path of a struct -> its type's name
	jsonshape.Walk(t, root, func(n *jsonshape.Node) bool {
		at := pos
		from := ""
		switch {
		case n.Field != nil:
			at = n.Field.Var.Pos()
			from = fieldOrigin(n, owners)
		case n.Path == root:
			from = origin
		}
		p := b.at(n.Path, n.Type, at)
		if from != "" && (p.Origin == "" || p.iface) {
			p.Origin = from
		}
		if n.Kind == jsonshape.Struct {
			owners[n.Path.Go] = typeName(n.Base(), n.Path.Go)
		}
		return b.marks(p, n)
	})
}

// marks marks p from what n is, and says whether to look inside it.
func (b *builder) marks(p *path, n *jsonshape.Node) bool {
	if why, ok := b.sens.Why(n); ok {
		p.mark(surface.MarkSensitive, why)
		return false
	}
	if n.Kind == jsonshape.Opaque {
		p.mark(surface.MarkOpaque, "its MarshalJSON or MarshalText writes what it likes")
	}
	return true
}

// at returns the path at jp, adding it with type t when it is new, and
// giving it t when it was only an interface so far.
func (b *builder) at(jp jsonshape.Path, t types.Type, pos token.Pos) *path {
	iface := types.IsInterface(t)
	p := b.paths[jp.JSON]
	switch {
	case p == nil:
		p = &path{Path: surface.Path{JSON: jp.JSON, Go: jp.Go, Type: typeString(t)}, pos: pos, iface: iface}
		b.paths[jp.JSON] = p
	case p.iface && !iface:
		p.Type, p.pos, p.iface = typeString(t), pos, false
	}
	return p
}

func (p *path) mark(kind, why string) {
	for i, m := range p.Marks {
		if m.Kind == kind {
			if !strings.Contains(m.Why, why) {
				p.Marks[i].Why += "; " + why
			}
			return
		}
	}
	p.Marks = append(p.Marks, surface.Mark{Kind: kind, Why: why})
}

// finish returns the handler's surface: its paths sorted, interface-typed
// positions nothing concrete flowed into marked unbounded (or, for the
// element of a map whose entries all have constant keys, left out).
func (b *builder) finish() *site {
	s := b.result
	keys := make([]string, 0, len(b.paths))
	for k, p := range b.paths {
		if p.iface && strings.HasSuffix(k, "[]") && b.keyed[strings.TrimSuffix(k, "[]")] {
			continue
		}
		keys = append(keys, k)
	}
	slices.SortFunc(keys, surface.ComparePaths)
	for _, k := range keys {
		p := b.paths[k]
		if len(p.from) > 0 {
			slices.Sort(p.from)
			p.mark(surface.MarkDerived, "built from "+strings.Join(p.from, ", "))
		}
		if p.iface && len(p.from) == 0 {
			p.mark(surface.MarkUnbounded, "filled at run time: its contents are not known statically")
		}
		p.Pos = position(b.pass, p.pos)
		s.Paths = append(s.Paths, p.Path)
		s.positions = append(s.positions, p.pos)
	}
	return s
}

// fieldOrigin names the struct field a node is: the type declaring it
// and its name (store.User.Email).
func fieldOrigin(n *jsonshape.Node, owners map[string]string) string {
	f := n.Field
	if len(f.Embedded) > 0 {
		last := f.Embedded[len(f.Embedded)-1]
		return typeName(jsonshape.Deref(last.Type()), "") + "." + f.Var.Name()
	}
	parent := strings.TrimSuffix(n.Path.Go, "."+f.Var.Name())
	if owner := owners[parent]; owner != "" {
		return owner + "." + f.Var.Name()
	}
	return n.Path.Go
}

// typeName returns the name of a named type qualified by its package
// name, or fallback for other types.
func typeName(t types.Type, fallback string) string {
	if named, ok := t.(*types.Named); ok && named.Obj().Pkg() != nil {
		return named.Obj().Pkg().Name() + "." + named.Obj().Name()
	}
	return fallback
}

// typeString writes t with packages by name: []store.Post.
func typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// position returns "file:line" of pos, or "" when it has none.
func position(p *lintpass.Pass, pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	at := p.Fset.Position(pos)
	return at.Filename + ":" + strconv.Itoa(at.Line)
}
