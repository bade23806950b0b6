package selfapi

import (
	"slices"
	"strings"

	"github.com/ssrlint/ssrlint/internal/routes"
	"github.com/ssrlint/ssrlint/internal/urlval"
)

// hostKind says whose host a URL goes to.
type hostKind int

const (
	externalHost hostKind = iota // a literal host that is not this app
	unknownHost                  // known only at run time
	ownHost                      // this app: relative, loopback, the request's host, an own origin
)

// target is where a URL goes.
type target struct {
	kind hostKind
	why  string     // for ownHost: "loopback host", "relative URL", ...
	path urlval.URL // the absolute path, "/" when the URL has none
}

// targetOf splits u and classifies its host. It reports false when u is
// not an http(s) URL or an absolute path.
func (c *checker) targetOf(u urlval.URL) (target, bool) {
	parts, ok := urlval.Split(u)
	if !ok || !httpScheme(parts.Scheme) {
		return target{}, false
	}
	t := target{path: parts.Path}
	if len(t.path) == 0 {
		t.path = urlval.Literal("/")
	}
	switch {
	case parts.Relative:
		t.kind, t.why = ownHost, "relative URL"
	case parts.Origin != nil:
		t.kind, t.why = c.holesKind(parts.Origin)
	default:
		t.kind, t.why = c.authorityKind(parts.Host)
	}
	return t, true
}

func httpScheme(scheme urlval.URL) bool {
	if !scheme.IsLiteral() || len(scheme) == 0 {
		return true // none, or a hole such as r.URL.Scheme
	}
	s := strings.ToLower(scheme[0].Text)
	return s == "http" || s == "https"
}

func (c *checker) authorityKind(authority urlval.URL) (hostKind, string) {
	name, holes := urlval.Hostname(authority)
	switch {
	case holes != nil:
		return c.holesKind(holes)
	case urlval.IsLoopback(name):
		return ownHost, "loopback host " + name
	case c.ownOrigin(authority):
		return ownHost, "own origin " + authority.String()
	}
	return externalHost, ""
}

// holesKind classifies a host made of holes: the request's host or a
// configured own-origin variable make it this app's.
func (c *checker) holesKind(holes urlval.URL) (hostKind, string) {
	for _, h := range holes {
		switch {
		case h.Kind == urlval.RequestHost:
			return ownHost, "host of the incoming request"
		case h.Kind == urlval.Env && slices.Contains(c.p.Config.OwnOrigins, h.Text):
			return ownHost, "own origin $" + h.Text
		}
	}
	return unknownHost, ""
}

// ownOrigin reports whether a literal authority is one of the configured
// own origins (https://blog.example.com).
func (c *checker) ownOrigin(authority urlval.URL) bool {
	for _, o := range c.p.Config.OwnOrigins {
		if _, host, ok := strings.Cut(o, "://"); ok && strings.EqualFold(strings.TrimRight(host, "/"), authority.String()) {
			return true
		}
	}
	return false
}

// verdict is the decision on one request.
type verdict struct {
	why   string        // why the request is this app's own
	route *routes.Route // the route that serves it, when known
}

// decide reports whether a request goes to this app's own API: to an own
// host with a path under an API prefix or served by a known route, or to
// an unknown host with a path that a specific known route serves. A
// literal external host never is.
func (c *checker) decide(r request) (verdict, bool) {
	t, ok := c.targetOf(r.URL)
	if !ok || t.kind == externalHost {
		return verdict{}, false
	}
	route := c.routeFor(r.Method, t.path, t.kind == unknownHost)
	switch {
	case t.kind == ownHost && (route != nil || c.apiPrefixed(t.path)):
		return verdict{why: t.why, route: route}, true
	case t.kind == unknownHost && route != nil:
		return verdict{why: "a route this module serves", route: route}, true
	}
	return verdict{}, false
}

func (c *checker) routeFor(method string, path urlval.URL, specificOnly bool) *routes.Route {
	known := c.knownRoutes()
	for i := range known {
		p := known[i].Pattern
		if (!specificOnly || p.Specific()) && p.Match(method, path) {
			return &known[i]
		}
	}
	if r, ok := c.apiPackageRoute(path); ok {
		return &r
	}
	return nil
}

// apiPrefixed reports whether path's literal start is under an API prefix
// ("/api/posts", or "/api" itself for the prefix "/api/").
func (c *checker) apiPrefixed(path urlval.URL) bool {
	if len(path) == 0 || path[0].Kind != urlval.Lit {
		return false
	}
	lit := path[0].Text
	for _, prefix := range c.p.Config.APIPrefixes {
		if strings.HasPrefix(lit, prefix) || len(path) == 1 && lit == strings.TrimSuffix(prefix, "/") {
			return true
		}
	}
	return false
}

// candidate reports whether a request URL may turn out to reach this
// app's API once the callers' arguments are known, so that it is worth a
// fact.
func (c *checker) candidate(u urlval.URL) bool {
	t, ok := c.targetOf(u)
	switch {
	case !ok:
		return u.HasParams()
	case t.kind == externalHost:
		return false
	case t.kind == ownHost || u.HasParams():
		return true
	}
	return !equalsRoot(t.path)
}

// equalsRoot reports whether path is just "/", which no specific route
// serves.
func equalsRoot(path urlval.URL) bool {
	return len(path) == 1 && path[0].Kind == urlval.Lit && path[0].Text == "/"
}
