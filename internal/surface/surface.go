// Package surface knows the props surface of an app: for each props site,
// the JSON paths the browser receives, with their Go types, where they
// come from and what is remarkable about them; and the lock file that
// records a surface so that a new path is a reviewed change. The
// propssurface analyzer computes each package's surface (and exports it as
// a Fact); `ssrlint props` collects, prints and locks them.
package surface

import (
	"cmp"
	"slices"
)

// A Site is the surface of one handler: every path its props sites
// serialize (several Render calls of one handler make one Site).
type Site struct {
	Package string // import path of the handler's package
	Handler string // GetServerSideProps, ShowPost, (*Server).Home
	Name    string // how the site serializes: GetServerSideProps, gonertia.(*Inertia).Render
	Adapter string // the adapter that recognised it: pages, gonertia, ...
	Route   string // the route it renders, when known
	Pos     string // file:line of the site (the first, for several)
	Paths   []Path // sorted by JSON path
}

// ID names the site in messages: "pkg.Handler".
func (s *Site) ID() string { return s.Package + "." + s.Handler }

// A Path is one position of the JSON the browser receives.
type Path struct {
	JSON string // props.author.email, props.items[].publicKey
	Go   string // Props.Author.Email
	Type string // the Go type, qualified by package name: store.User
	// Origin is where the value comes from: the struct field (store.User.Email)
	// or the expression stored into an interface-typed part (u.Email).
	Origin string
	Pos    string // file:line of the field's declaration or of the store
	Marks  []Mark
}

// A Mark says something remarkable about a path.
type Mark struct {
	Kind string // one of the Mark* constants
	Why  string
}

// The kinds of marks.
const (
	// MarkSensitive: sensitiveprops would report it (a secret-named field,
	// a sensitive type).
	MarkSensitive = "sensitive"
	// MarkDerived: the value is text built from other values (fmt.Sprintf,
	// concatenation); Why names them.
	MarkDerived = "derived"
	// MarkOpaque: the type has its own MarshalJSON or MarshalText; what it
	// writes cannot be seen from the type.
	MarkOpaque = "opaque"
	// MarkUnbounded: an interface-typed position (any, map[string]any)
	// whose contents are decided at run time.
	MarkUnbounded = "unbounded"
)

// Has reports whether p carries a mark of kind.
func (p *Path) Has(kind string) bool {
	return slices.ContainsFunc(p.Marks, func(m Mark) bool { return m.Kind == kind })
}

// Sort orders sites by package and handler.
func Sort(sites []Site) {
	slices.SortFunc(sites, func(a, b Site) int {
		return compareSites(a.Key(), b.Key())
	})
}

// compareSites orders sites by package and handler.
func compareSites(a, b SiteKey) int {
	return cmp.Or(cmp.Compare(a.Package, b.Package), cmp.Compare(a.Handler, b.Handler))
}

// Fact is the surface of a package's props sites, exported by
// propssurface as a package fact so that drivers can collect it.
type Fact struct {
	Sites []Site
}

// AFact marks Fact as an analysis fact.
func (*Fact) AFact() {}

func (f *Fact) String() string { return "props surface" }
