package urlval

import (
	"net/netip"
	"strings"
)

// Parts is a URL split into where it goes (origin) and what it asks for
// (path).
type Parts struct {
	// Relative is set for a URL without scheme and host ("/api/posts"),
	// which a server-side client resolves against a base it is given.
	Relative bool
	// Scheme and Host are the scheme and the authority (host[:port]) when
	// the URL spells them ("http://" + r.Host + ...); Scheme is nil for a
	// scheme-relative URL.
	Scheme, Host URL
	// Origin is set instead when the URL starts with holes that stand for
	// scheme and host together (os.Getenv("APP_URL") + "/api/users").
	Origin URL
	// Path is the path, query and fragment removed; nil for "".
	Path URL
}

// Split splits u into origin and path. It reports false when u does not
// have the shape of an absolute URL, a scheme-relative URL or an
// absolute path, or when the boundary between host and path is not known.
func Split(u URL) (Parts, bool) {
	if rest, ok := u.trimPrefix("//"); ok {
		return splitAuthority(Parts{}, rest)
	}
	if len(u) > 0 && u[0].Kind == Lit && strings.HasPrefix(u[0].Text, "/") {
		return Parts{Relative: true, Path: stripQuery(u)}, true
	}
	if scheme, rest, ok := u.cut("://"); ok && validScheme(scheme) {
		return splitAuthority(Parts{Scheme: scheme}, rest)
	}
	i := 0
	for i < len(u) && u[i].Kind != Lit {
		i++
	}
	if i == 0 {
		return Parts{}, false
	}
	rest := u[i:]
	if len(rest) > 0 && !strings.HasPrefix(rest[0].Text, "/") {
		return Parts{}, false
	}
	return Parts{Origin: u[:i], Path: stripQuery(rest)}, true
}

// validScheme accepts a literal scheme or a single hole standing for one
// (r.URL.Scheme).
func validScheme(s URL) bool {
	if len(s) != 1 {
		return false
	}
	if s[0].Kind != Lit {
		return true
	}
	for i, r := range s[0].Text {
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if !letter && (i == 0 || !strings.ContainsRune("0123456789+-.", r)) {
			return false
		}
	}
	return true
}

func splitAuthority(p Parts, rest URL) (Parts, bool) {
	host, path, found := rest.cut("/")
	if !found {
		host, _, _ = rest.cut("?")
		p.Host = host
		return p, len(host) > 0
	}
	if len(host) == 0 {
		return Parts{}, false
	}
	p.Host = host
	p.Path = stripQuery(Concat(Literal("/"), path))
	return p, true
}

func stripQuery(u URL) URL {
	before, _, _ := u.cut("?")
	before, _, _ = before.cut("#")
	return before
}

// Hostname returns the host name of an authority, without user info and
// port, when it is literal ("localhost:" + port is "localhost"); otherwise
// it returns the holes the name is made of (r.Host + ":8080" gives a
// RequestHost hole).
func Hostname(authority URL) (name string, holes URL) {
	if _, after, found := authority.cut("@"); found {
		authority = after
	}
	if rest, ok := authority.trimPrefix("["); ok {
		authority, _, _ = rest.cut("]")
	} else {
		authority, _, _ = authority.cut(":")
	}
	if authority.IsLiteral() {
		if len(authority) == 0 {
			return "", nil
		}
		return strings.ToLower(authority[0].Text), nil
	}
	for _, p := range authority {
		if p.Kind != Lit {
			holes = append(holes, p)
		}
	}
	return "", holes
}

// IsLoopback reports whether hostname names this machine: localhost (and
// *.localhost), 127.0.0.0/8, ::1, or the unspecified address 0.0.0.0 / ::
// that a server listening on all interfaces answers on.
func IsLoopback(hostname string) bool {
	hostname = strings.TrimSuffix(strings.ToLower(hostname), ".")
	if hostname == "localhost" || strings.HasSuffix(hostname, ".localhost") {
		return true
	}
	addr, err := netip.ParseAddr(hostname)
	if err != nil {
		return false
	}
	addr = addr.Unmap()
	return addr.IsLoopback() || addr.IsUnspecified()
}
