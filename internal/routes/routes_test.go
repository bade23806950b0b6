package routes

import (
	"testing"

	"github.com/ssrlint/ssrlint/internal/urlval"
)

func TestParse(t *testing.T) {
	tests := []struct {
		syntax       Syntax
		method, text string
		want         string // "" when not a pattern
		specific     bool
	}{
		{ServeMux, "", "GET /api/users/{id}", "GET /api/users/{}", true},
		{ServeMux, "", "/api/", "/api/", true},
		{ServeMux, "", "/", "/", false},
		{ServeMux, "", "/{$}", "/{$}", false},
		{ServeMux, "", "/{page}", "/{}", false},
		{ServeMux, "", "example.com/api/posts/{$}", "example.com/api/posts", true},
		{ServeMux, "", "POST  /api/files/{path...}", "POST /api/files/", true},
		{ServeMux, "", "/a//b", "", false},
		{ServeMux, "", "GET api", "", false},
		{Framework, "get", "/api/comments/:id", "GET /api/comments/{}", true},
		{Framework, "", "/api/authors/{id:[0-9]+}", "/api/authors/{}", true},
		{Framework, "", "/static/*", "/static/", true},
		{Framework, "", "/api/users/", "/api/users", true},
		{Framework, "", "api", "", false},
	}
	for _, tt := range tests {
		p, ok := Parse(tt.syntax, tt.method, tt.text)
		if got := p.String(); ok != (tt.want != "") || ok && (got != tt.want || p.Specific() != tt.specific) {
			t.Errorf("Parse(%q) = %q, %v specific=%v; want %q specific=%v", tt.text, got, ok, p.Specific(), tt.want, tt.specific)
		}
	}
}

func TestMatch(t *testing.T) {
	id := urlval.Hole(urlval.Unknown, "id")
	lit := urlval.Literal
	tests := []struct {
		pattern string
		method  string
		path    urlval.URL
		want    bool
	}{
		{"GET /api/users/{id}", "GET", lit("/api/users/42"), true},
		{"GET /api/users/{id}", "HEAD", lit("/api/users/42"), true},
		{"GET /api/users/{id}", "", urlval.Concat(lit("/api/users/"), id), true},
		{"GET /api/users/{id}", "POST", lit("/api/users/42"), false},
		{"GET /api/users/{id}", "GET", lit("/api/users/42/avatar"), false},
		{"GET /api/users/{id}", "GET", lit("/api/users/"), false},
		{"/api/users/{id}", "GET", urlval.Concat(lit("/api/"), id, lit("/42")), false},
		{"/api/", "GET", lit("/api/a/b/c"), true},
		{"/api/", "GET", lit("/api"), true},
		{"/api/posts", "GET", lit("/api/posts/"), true},
		{"/api/posts", "GET", lit("/api/postsx"), false},
		{"/api/posts", "GET", urlval.Concat(id, lit("/api/posts")), false},
	}
	for _, tt := range tests {
		p, ok := Parse(ServeMux, "", tt.pattern)
		if !ok {
			t.Fatalf("Parse(%q) failed", tt.pattern)
		}
		if got := p.Match(tt.method, tt.path); got != tt.want {
			t.Errorf("%q.Match(%s %s) = %v, want %v", tt.pattern, tt.method, tt.path, got, tt.want)
		}
	}
}

func TestFromPackagePath(t *testing.T) {
	tests := map[string]string{
		"example.com/app/pages/api/users":             "/api/users",
		"example.com/app/pages/api/users/[id]":        "/api/users/{}",
		"example.com/app/pages/api/users/{id}/avatar": "/api/users/{}/avatar",
		"example.com/app/pages/api/files/[...path]":   "/api/files/",
		"example.com/pages/site/pages/api/x":          "/api/x",
		"example.com/app/api/users":                   "",
		"example.com/app/pages":                       "",
	}
	for path, want := range tests {
		p, ok := FromPackagePath(path)
		if got := p.String(); ok != (want != "") || ok && got != want {
			t.Errorf("FromPackagePath(%q) = %q, %v; want %q", path, got, ok, want)
		}
	}
}

func TestShortPath(t *testing.T) {
	for in, want := range map[string]string{"example.com/app/api/posts": "api/posts", "api": "api", "a/b": "a/b"} {
		if got := ShortPath(in); got != want {
			t.Errorf("ShortPath(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzParse checks that Parse does not panic and that a pattern matches
// the path it spells, wildcards filled in.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"GET /api/users/{id}", "/", "/{$}", "h.com/a/", "/a/{rest...}", "/api/:id", "/x/*", "POST /a b", "/{}/x"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, framework bool) {
		syntax := ServeMux
		if framework {
			syntax = Framework
		}
		p, ok := Parse(syntax, "", text)
		if !ok {
			return
		}
		path := ""
		for _, s := range p.Segs {
			if s.Wild {
				s.Lit = "x"
			}
			path += "/" + s.Lit
		}
		if path == "" {
			path = "/"
		}
		if !p.Match(p.Method, urlval.Literal(path)) {
			t.Fatalf("Parse(%q) = %q does not match %q", text, p, path)
		}
	})
}
