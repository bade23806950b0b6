package selfapi

import (
	"go/constant"
	"go/types"
	"strings"

	"github.com/ssrlint/ssrlint/internal/gotypes"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/propssite"
	"github.com/ssrlint/ssrlint/internal/routes"
)

// worthBuilding reports whether selfapi may learn or report anything in
// the package, and so needs its SSA form (most packages, dependencies
// included, need none).
//
// Every call selfapi follows names its callee in the package's syntax: a
// static call or a method value its function or method (promoted ones
// included), a call through an interface the interface's method, whose
// implementations with requests share its name. So a package whose
// identifiers use no possible sink, no route registration, no function
// with a requests fact and no interface method named like one sends no
// request and registers no route. Only an API route package serves a
// route without a registration, only a package-level variable that may
// hold a URL can have a URL fact (and only where the package has a source
// of URLs: urlSource), and propssite says where a render helper fact or a
// renderer may be.
func worthBuilding(p *lintpass.Pass) bool {
	if p.Package.APIRoute || declaresURLVar(p) && hasURLSource(p) || propssite.MayMatter(p, newHelperFact) {
		return true
	}
	var requesting map[string]bool // names of other packages' methods with requests
	for _, obj := range p.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		if maySend(fn, p.Config) || routes.IsRegistrar(fn) || sendsRequests(p, fn) {
			return true
		}
		if isInterfaceMethod(fn) {
			if requesting == nil {
				requesting = requestingMethodNames(p)
			}
			if requesting[fn.Name()] {
				return true
			}
		}
	}
	return false
}

// sendsRequests reports whether fn, declared in another package, carries a
// requests fact (on its generic origin for an instance).
func sendsRequests(p *lintpass.Pass, fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Pkg() == p.Pkg {
		return false
	}
	return p.ImportObjectFact(fn, new(requestsFact)) || p.ImportObjectFact(fn.Origin(), new(requestsFact))
}

func isInterfaceMethod(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

// requestingMethodNames returns the names of the methods that carry a
// requests fact (those implementations considers besides this package's).
func requestingMethodNames(p *lintpass.Pass) map[string]bool {
	names := map[string]bool{}
	for _, f := range p.AllObjectFacts() {
		if _, ok := f.Fact.(*requestsFact); ok {
			names[f.Object.Name()] = true
		}
	}
	return names
}

// declaresURLVar reports whether the package declares, in the files
// selfapi looks at, a package-level variable of a type that may hold a
// URL (exportURLs evaluates those): anything but numbers, booleans,
// functions, channels, maps, slices and arrays. The standard library's
// variables ("/dev/urandom", "/etc/ssl/certs") never name an app's API,
// and evaluating them was half of the SSA that selfapi built on
// miniflux.
func declaresURLVar(p *lintpass.Pass) bool {
	if gotypes.InStandardLibrary(p.Pkg) {
		return false
	}
	for id, obj := range p.TypesInfo.Defs {
		v, ok := obj.(*types.Var)
		if ok && v.Parent() == p.Pkg.Scope() && p.InScope(id.Pos()) && mayHoldURL(v.Type()) {
			return true
		}
	}
	return false
}

// hasURLSource reports whether the package's code has something the
// evaluator can start a URL with, which a URL fact needs (isURL: the first
// part known, the shape of a URL): a constant that starts with a slash or
// holds "://" (every literal URL, path and scheme separator, once constant
// expressions are folded), an environment variable, the name of the
// forwarded host header, or another package's variable with a URL fact. Most packages
// have variables of types that may hold a URL; few of them have these.
func hasURLSource(p *lintpass.Pass) bool {
	for _, tv := range p.TypesInfo.Types {
		if tv.Value != nil && tv.Value.Kind() == constant.String && mayStartURL(constant.StringVal(tv.Value)) {
			return true
		}
	}
	for _, obj := range p.TypesInfo.Uses {
		switch obj := obj.(type) {
		case *types.Func:
			if name := obj.FullName(); name == "os.Getenv" || name == "os.LookupEnv" {
				return true
			}
		case *types.Var:
			if obj.Pkg() != p.Pkg && p.ImportObjectFact(obj, new(urlFact)) {
				return true
			}
		}
	}
	return false
}

// mayStartURL reports whether a constant may start a URL, or name the
// header that gives the forwarded host (urlval's RequestHost).
func mayStartURL(s string) bool {
	return strings.HasPrefix(s, "/") || strings.Contains(s, "://") || strings.EqualFold(s, "X-Forwarded-Host")
}

func mayHoldURL(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsNumeric|types.IsBoolean) == 0
	case *types.Signature, *types.Chan, *types.Map, *types.Slice, *types.Array:
		return false
	}
	return true
}
