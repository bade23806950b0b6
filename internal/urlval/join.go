package urlval

import "strings"

// JoinPath joins path elements with single slashes the way path.Join and
// url.JoinPath do for ordinary elements ("http://h/" + "api" + "/posts" is
// "http://h/api/posts"); "." and ".." are not resolved.
func JoinPath(elems ...URL) URL {
	var out URL
	for _, e := range elems {
		if len(e) == 0 {
			continue
		}
		if len(out) == 0 {
			out = e
			continue
		}
		out = Concat(trimTrailingSlash(out), Literal("/"), trimLeadingSlash(e))
	}
	return out
}

func trimTrailingSlash(u URL) URL {
	n := len(u)
	if n == 0 || u[n-1].Kind != Lit {
		return u
	}
	return Concat(u[:n-1], Literal(strings.TrimRight(u[n-1].Text, "/")))
}

func trimLeadingSlash(u URL) URL {
	if len(u) == 0 || u[0].Kind != Lit {
		return u
	}
	return Concat(Literal(strings.TrimLeft(u[0].Text, "/")), u[1:])
}

// TrimSuffix is strings.TrimSuffix on a URL whose end is literal; a hole
// at the end is kept as it is.
func TrimSuffix(u URL, suffix string) URL {
	n := len(u)
	if n == 0 || u[n-1].Kind != Lit {
		return u
	}
	return Concat(u[:n-1], Literal(strings.TrimSuffix(u[n-1].Text, suffix)))
}

// Resolve returns ref resolved against base, as (*url.URL).ResolveReference
// does: an absolute ref is kept, an absolute-path ref takes base's origin,
// anything else gives base's origin and an unknown path.
func Resolve(base, ref URL) URL {
	r, ok := Split(ref)
	if ok && !r.Relative {
		return ref
	}
	origin := originOf(base)
	if ok {
		return Concat(origin, ref)
	}
	return Concat(origin, Literal("/"), Hole(Unknown, ""))
}

func originOf(u URL) URL {
	p, ok := Split(u)
	switch {
	case !ok:
		return Hole(Unknown, "")
	case p.Origin != nil:
		return p.Origin
	case p.Host != nil && p.Scheme != nil:
		return Concat(p.Scheme, Literal("://"), p.Host)
	case p.Host != nil:
		return Concat(Literal("//"), p.Host)
	}
	return nil
}
