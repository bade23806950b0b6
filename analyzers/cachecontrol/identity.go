package cachecontrol

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"
	staticcheck "honnef.co/go/tools/go/types/typeutil"

	"github.com/ssrlint/ssrlint/internal/gotypes"
	"github.com/ssrlint/ssrlint/internal/lintpass"
)

// identityFact marks a function that reads the identity of the request's
// user (cookies, the Authorization header, a session): what a caller
// renders after calling it is that user's.
type identityFact struct {
	Via string // what is read and how, for messages
}

func (*identityFact) AFact() {}

func (f *identityFact) String() string { return "reads identity: " + f.Via }

// identity finds where functions read the request's identity.
type identity struct {
	p     *lintpass.Pass
	local map[*types.Func]string // functions of this package that read it
}

// newIdentity finds the functions of the package that read the request's
// identity, directly or through other functions, and exports a fact for
// each.
func newIdentity(p *lintpass.Pass) *identity {
	id := &identity{p: p, local: map[*types.Func]string{}}
	if gotypes.InStandardLibrary(p.Pkg) {
		// The standard library reads credentials of requests it sends
		// (net/http's client copies Cookie and Authorization headers on
		// redirects), never of a visitor's request: following those reads
		// would mark every page that calls http.Get.
		return id
	}
	var decls []*ast.FuncDecl
	for _, f := range p.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && p.TypesInfo.Defs[fd.Name] != nil {
				decls = append(decls, fd)
			}
		}
	}
	// Iterate to a fixed point: a function may read it through one
	// declared after it.
	for changed := true; changed; {
		changed = false
		for _, fd := range decls {
			fn := p.TypesInfo.Defs[fd.Name].(*types.Func)
			if _, done := id.local[fn]; done {
				continue
			}
			if via := id.reads(fd.Body); via != "" {
				id.local[fn] = via
				changed = true
			}
		}
	}
	for fn, via := range id.local {
		p.ExportObjectFact(fn, &identityFact{Via: via})
	}
	return id
}

// readsIn returns what the function fn (a declaration or a literal) reads
// of the request's identity, or "".
func (id *identity) readsIn(fn ast.Node) string {
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		if obj, ok := id.p.TypesInfo.Defs[fn.Name].(*types.Func); ok {
			return id.local[obj]
		}
	case *ast.FuncLit:
		return id.reads(fn.Body)
	}
	return ""
}

// reads returns what body reads of the request's identity, or "" when it
// reads none. Nested function literals run at another time and do not
// count.
func (id *identity) reads(body *ast.BlockStmt) string {
	via := ""
	ast.Inspect(body, func(n ast.Node) bool {
		if via != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			via = id.callReads(n)
		case *ast.IndexExpr:
			if field := identityField(id.p.TypesInfo, n.Index); field != "" && isRequestHeader(id.p.TypesInfo, n.X) {
				via = "the " + field + " header (" + types.ExprString(n) + ")"
			}
		}
		return true
	})
	return via
}

// requestIdentityMethods are the methods of *http.Request that read the
// user's credentials.
var requestIdentityMethods = map[string]string{
	"(*net/http.Request).Cookie":       "the cookies",
	"(*net/http.Request).Cookies":      "the cookies",
	"(*net/http.Request).CookiesNamed": "the cookies",
	"(*net/http.Request).BasicAuth":    "the Authorization header",
}

func (id *identity) callReads(call *ast.CallExpr) string {
	fn := typeutil.StaticCallee(id.p.TypesInfo, call)
	if fn == nil {
		return ""
	}
	fn = fn.Origin()
	name := types.ExprString(call.Fun)
	if what, ok := requestIdentityMethods[fn.FullName()]; ok {
		return what + " (" + name + ")"
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && len(call.Args) > 0 && isHeaderGetter(fn) && isRequestHeader(id.p.TypesInfo, sel.X) {
		if field := identityField(id.p.TypesInfo, call.Args[0]); field != "" {
			return "the " + field + " header (" + name + ")"
		}
	}
	if slices.Contains(id.p.Config.SessionGetters, qualifiedName(fn)) {
		return "the session (" + name + ")"
	}
	if via, ok := id.local[fn]; ok {
		return via + " in " + fn.Name()
	}
	var fact identityFact
	if fn.Pkg() != id.p.Pkg && id.p.ImportObjectFact(fn, &fact) {
		return fact.Via + " in " + fn.Pkg().Name() + "." + fn.Name()
	}
	return ""
}

func isHeaderGetter(fn *types.Func) bool {
	name := fn.FullName()
	return name == "(net/http.Header).Get" || name == "(net/http.Header).Values"
}

// isRequestHeader reports whether x is r.Header of an *http.Request r.
func isRequestHeader(info *types.Info, x ast.Expr) bool {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Header" {
		return false
	}
	return staticcheck.IsPointerToTypeWithName(info.TypeOf(sel.X), "net/http.Request")
}

// identityField returns the name of the request field x names when it
// carries credentials, or "".
func identityField(info *types.Info, x ast.Expr) string {
	if key, _ := headerKey(info, x); key == "Authorization" || key == "Cookie" {
		return key
	}
	return ""
}

// qualifiedName is fn's name as configured in session-getters:
// "import/path.Func" or "import/path.Type.Method".
func qualifiedName(fn *types.Func) string {
	if fn.Pkg() == nil {
		return fn.Name()
	}
	prefix := fn.Pkg().Path() + "."
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
			t = ptr.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			prefix += n.Obj().Name() + "."
		}
	}
	return prefix + fn.Name()
}
