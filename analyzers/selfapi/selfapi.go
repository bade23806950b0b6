package selfapi

import (
	_ "embed"
	"fmt"
	"go/types"
	"strings"

	"github.com/ssrlint/ssrlint/internal/lazyssa"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/propssite"
	"github.com/ssrlint/ssrlint/internal/routes"
	"github.com/ssrlint/ssrlint/internal/urlval"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"
)

//go:embed doc.go
var doc string

// Analyzer reports props functions that call the app's own API routes over HTTP.
var Analyzer = lintpass.New(lintpass.Spec{
	Name:      "selfapi",
	DocGo:     doc,
	Requires:  []*analysis.Analyzer{lazyssa.Analyzer},
	FactTypes: []analysis.Fact{new(routesFact), new(requestsFact), new(urlFact), new(helperFact)},
	Run:       run,
})

// checker holds what one package's run knows.
type checker struct {
	p         *lintpass.Pass
	ssa       *buildssa.SSA
	funcs     []*ssa.Function // the package's functions in scope (no tests, no generated code)
	eval      *urlval.Evaluator
	summaries map[*ssa.Function][]request
	methods   map[string][]*types.Func // methods that send requests, by name (see requestMethods)

	routes       []routes.Route // this package's routes, then those of its dependencies
	routesLoaded bool
}

func run(p *lintpass.Pass) (any, error) {
	if p.Pkg.Path() == "net/http" || !worthBuilding(p) {
		return nil, nil // net/http defines the sinks; nothing to learn from its insides
	}
	if _, err := apiTable(); err != nil {
		return nil, err
	}
	s, err := lazyssa.Of(p.Pass).Get()
	if err != nil {
		return nil, err
	}
	c := &checker{p: p, ssa: s, summaries: map[*ssa.Function][]request{}}
	for _, fn := range s.SrcFuncs {
		if p.InScope(fn.Pos()) {
			c.funcs = append(c.funcs, fn)
		}
	}
	c.eval = urlval.NewEvaluator(s.Pkg, c.funcs)
	c.eval.Imported = c.importedURL
	c.routes = c.packageRoutes()
	if len(c.routes) > 0 {
		p.ExportPackageFact(&routesFact{Routes: c.routes})
	}
	c.exportURLs()
	c.exportRequests()
	c.reportPropsFuncs()
	return nil, nil
}

// packageRoutes returns the routes this package serves.
func (c *checker) packageRoutes() []routes.Route {
	var out []routes.Route
	if c.p.Package.APIRoute {
		if pat, ok := routes.FromPackagePath(c.p.Pkg.Path()); ok {
			handler := routes.PackageHandler(c.p.Pkg)
			if handler == "" {
				handler = routes.ShortPath(c.p.Pkg.Path())
			}
			out = append(out, routes.Route{Pattern: pat, Handler: handler})
		}
	}
	return append(out, routes.Discover(c.funcs)...)
}

// knownRoutes returns the routes of this package and of the packages it
// depends on.
func (c *checker) knownRoutes() []routes.Route {
	if !c.routesLoaded {
		c.routesLoaded = true
		for _, f := range c.p.AllPackageFacts() {
			if rf, ok := f.Fact.(*routesFact); ok && f.Package != c.p.Pkg {
				c.routes = append(c.routes, rf.Routes...)
			}
		}
	}
	return c.routes
}

// exportURLs exports the URL of each package-level variable assigned once
// in this package with a URL, for the packages that build URLs from it.
func (c *checker) exportURLs() {
	for _, m := range c.ssa.Pkg.Members {
		g, ok := m.(*ssa.Global)
		if !ok || g.Object() == nil || !c.p.InScope(g.Pos()) {
			continue
		}
		if u, ok := c.eval.Global(g); ok && c.isURL(u) {
			c.p.ExportObjectFact(g.Object(), &urlFact{URL: u})
		}
	}
}

// isURL reports whether u has the shape of an http(s) URL or an absolute
// path and starts with something known.
func (c *checker) isURL(u urlval.URL) bool {
	_, ok := c.targetOf(u)
	return ok && len(u) > 0 && u[0].Kind != urlval.Unknown
}

// importedURL returns the URL of another package's variable, from its fact.
func (c *checker) importedURL(v *types.Var) (urlval.URL, bool) {
	var f urlFact
	if !c.p.ImportObjectFact(v, &f) {
		return nil, false
	}
	return f.URL, true
}

// exportRequests exports the requests of each function that may send one
// to this app's API, for the packages that call it.
func (c *checker) exportRequests() {
	for _, fn := range c.funcs {
		if fn.Parent() != nil || fn.Object() == nil || c.isPropsFunc(fn) {
			continue
		}
		if reqs := c.requestsOf(fn); len(reqs) > 0 {
			c.p.ExportObjectFact(fn.Object(), &requestsFact{Requests: reqs})
		}
	}
}

// isPropsFunc reports whether fn is a props function of this page: only
// the renderer calls those, so they need no fact.
func (c *checker) isPropsFunc(fn *ssa.Function) bool {
	for _, pf := range c.p.PropsFuncs() {
		if fn.Object() == pf.Func {
			return true
		}
	}
	return false
}

// reportPropsFuncs reports each call in a props function, or in a handler
// that renders a page through a framework (an Inertia Render), that sends
// a request to this app's own API, directly or through the functions it
// calls.
func (c *checker) reportPropsFuncs() {
	for _, r := range c.renderers() {
		forEachCall(r.fn, func(call ssa.CallInstruction) {
			for _, req := range c.requestsAt(call) {
				if v, ok := c.decide(req); ok {
					c.p.Reportf(call.Pos(), "%s", message(r.name, req, v))
					return
				}
			}
		})
	}
}

// helperFact is selfapi's fact about render helpers (see
// propssite.HelperFact): a handler calling one renders a page.
type helperFact struct{ propssite.HelperFact }

func newHelperFact() propssite.Fact { return new(helperFact) }

// A renderer is a function that computes what a page receives.
type renderer struct {
	fn   *ssa.Function
	name string
}

// renderers returns the package's props functions and the handlers of its
// framework props sites, each once.
func (c *checker) renderers() []renderer {
	var out []renderer
	seen := map[*ssa.Function]bool{}
	for _, pf := range c.p.PropsFuncs() {
		if fn := c.ssa.Pkg.Prog.FuncValue(pf.Func); fn != nil && !seen[fn] {
			seen[fn] = true
			out = append(out, renderer{fn, pf.Decl.Name.Name})
		}
	}
	for _, s := range propssite.Find(c.p, c.ssa.Pkg, c.ssa.SrcFuncs, newHelperFact) {
		if s.Handler != nil && !seen[s.Handler] {
			seen[s.Handler] = true
			out = append(out, renderer{s.Handler, s.HandlerName()})
		}
	}
	return out
}

// message says what the props function sends where, and what to do
// instead:
//
//	GetServerSideProps → posts.Load → GET http://localhost:8080/api/posts (posts/load.go:21)
//	calls this app's own API over HTTP (loopback host localhost), served by
//	api/posts.Handler (GET /api/posts): call its logic directly instead of
//	making an extra request
func message(renderer string, r request, v verdict) string {
	method := r.Method
	if method == "" {
		method = "request to"
	}
	hops := append([]string{renderer}, r.Chain...)
	served, fix := "", "import the API route's logic and call it directly"
	if v.route != nil {
		served, fix = fmt.Sprintf(", served by %s (%s)", v.route.Handler, v.route.Pattern), "call its logic directly"
	}
	return fmt.Sprintf("%s → %s %s (%s) calls this app's own API over HTTP (%s)%s: %s instead of making an extra request",
		strings.Join(hops, " → "), method, r.URL, r.At, v.why, served, fix)
}
