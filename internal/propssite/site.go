package propssite

import (
	"go/token"
	"go/types"

	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"github.com/ssrlint/ssrlint/internal/lazyssa"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"golang.org/x/tools/go/ssa"
)

// A Site is a call or declaration that serializes Go values into the HTML
// or JS the browser receives.
type Site struct {
	Adapter string // the adapter that recognised it: "pages", "gonertia", ...
	// Kind is what the browser receives: "props", "shared props",
	// "template data", "validation errors".
	Kind string
	// Name is how messages name the site: "GetServerSideProps",
	// "gonertia.(*Inertia).Render".
	Name string
	// Handler is the enclosing function (for the pages convention, the
	// props function itself).
	Handler *ssa.Function
	Pos     token.Pos // the call, or the props function's name
	Route   string    // the route it renders, when known
	// Dest says where the values land, for messages; "" is the page's
	// initial HTML.
	Dest   string
	Values []Value // what it serializes

	resolve jsonshape.Resolver
}

// A Value is one value a site serializes.
type Value struct {
	// Type is the value's static type, walked the way encoding/json
	// encodes it.
	Type types.Type
	// Path is where the value lands: Props, or Props["user"] /
	// props.user for a value shared under a key.
	Path jsonshape.Path
	// SSA is the value; nil when it is what the handler returns (a props
	// function's first result).
	SSA ssa.Value
	Pos token.Pos
	// Untyped is set when Type says nothing the analyzers do not already
	// see: the value is a render helper's argument of the type the
	// helper's own site walks.
	Untyped bool
}

// Flows calls visit for each value SSA shows flowing into v (see
// jsonshape.Flows), with what the site's framework resolves before
// encoding (lazy props' closures) in place of the wrappers.
func (s *Site) Flows(v Value, visit func(jsonshape.Flow)) {
	if v.SSA == nil {
		if s.Handler != nil {
			jsonshape.Flows(s.Handler, v.Type, v.Path, visit)
		}
		return
	}
	jsonshape.FlowsFrom([]jsonshape.Start{{Value: v.SSA, Path: v.Path, Pos: v.Pos}}, s.resolve, visit)
}

// HandlerName names the site's handler for messages: its function, or for
// a function literal the function it is declared in.
func (s *Site) HandlerName() string {
	fn := s.Handler
	for fn != nil && fn.Parent() != nil {
		fn = fn.Parent()
	}
	if fn == nil {
		return ""
	}
	if recv := fn.Signature.Recv(); recv != nil {
		return types.TypeString(jsonshape.Deref(recv.Type()), func(*types.Package) string { return "" }) + "." + fn.Name()
	}
	return fn.Name()
}

// Sites returns what Find returns, building the package's SSA form (the
// analyzer must require lazyssa.Analyzer) only when the package may hold
// a site or export a helper fact: most packages, dependencies included,
// do neither.
func Sites(p *lintpass.Pass, newFact func() Fact) ([]*Site, error) {
	if !MayMatter(p, newFact) {
		return nil, nil
	}
	s, err := lazyssa.Of(p.Pass).Get()
	if err != nil {
		return nil, err
	}
	return Find(p, s.Pkg, s.SrcFuncs, newFact), nil
}

// MayMatter reports whether Find may find a site or a helper in the
// package, from its syntax and types. Find follows static calls only,
// whose callees the package's syntax names (generic ones by their
// origin); a site is a declaration an adapter knows, or a call to a
// configured props sink, a render helper with a fact or a function an
// adapter knows; a helper calls one of those, or is an exported props
// builder (its first result a props map).
func MayMatter(p *lintpass.Pass, newFact func() Fact) bool {
	for _, a := range adapters {
		if a.Declares != nil && a.Declares(p) {
			return true
		}
	}
	for _, obj := range p.TypesInfo.Defs {
		if fn, ok := obj.(*types.Func); ok && fn.Exported() && returnsPropsMap(fn) {
			return true
		}
	}
	for _, obj := range p.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && recognised(p, fn.Origin(), newFact) {
			return true
		}
		if mentioned(obj) {
			return true
		}
	}
	return false
}

// mentioned reports whether a use of obj may make an instruction a site.
func mentioned(obj types.Object) bool {
	for _, a := range adapters {
		if a.Mentions != nil && a.Mentions(obj) {
			return true
		}
	}
	return false
}

func returnsPropsMap(fn *types.Func) bool {
	res := fn.Signature().Results()
	return res.Len() > 0 && propsMap(res.At(0).Type())
}

// recognised reports whether a call to fn can be a site.
func recognised(p *lintpass.Pass, fn *types.Func, newFact func() Fact) bool {
	if configuredSink(p.Config, fn) != nil {
		return true
	}
	if newFact != nil && fn.Pkg() != nil && fn.Pkg() != p.Pkg && p.ImportObjectFact(fn, newFact()) {
		return true
	}
	for _, a := range adapters {
		if a.Call != nil && a.Call(fn) != nil {
			return true
		}
	}
	return false
}

// Find returns the props sites of the package p analyzes, from every
// registered adapter, the configured props-sinks and the render helpers of
// this package and of its dependencies. ssaPkg is the package's SSA and
// srcFuncs its source functions (buildssa). It exports the facts other
// packages need about this package's helpers as facts made by newFact, of
// the calling analyzer's own fact type (see HelperFact). With a nil
// newFact it neither imports nor exports facts: only the package's own
// helpers are known.
func Find(p *lintpass.Pass, ssaPkg *ssa.Package, srcFuncs []*ssa.Function, newFact func() Fact) []*Site {
	f := &finder{pass: p, pkg: ssaPkg, local: map[*types.Func]*HelperFact{}, newFact: newFact}
	f.learnReturns(srcFuncs)
	for round := 1; ; round++ {
		f.sites = nil
		f.decls()
		f.calls(srcFuncs)
		if round == maxHelperRounds || !f.learnHelpers() {
			break
		}
	}
	f.exportFacts()
	return f.sites
}
