package urlval

import (
	"testing"
)

var (
	reqHost = Hole(RequestHost, "")
	appURL  = Hole(Env, "APP_URL")
	param0  = URL{{Kind: Param, Index: 0, Text: "url"}}
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in                         URL
		ok, relative               bool
		scheme, host, origin, path string
	}{
		{in: Literal("/api/posts?page=2#top"), ok: true, relative: true, path: "/api/posts"},
		{in: Literal("http://localhost:3000/api/posts"), ok: true, scheme: "http", host: "localhost:3000", path: "/api/posts"},
		{in: Literal("https://example.com"), ok: true, scheme: "https", host: "example.com"},
		{in: Literal("https://example.com?x=1"), ok: true, scheme: "https", host: "example.com"},
		{in: Literal("//localhost:8080/api/x"), ok: true, host: "localhost:8080", path: "/api/x"},
		{in: Concat(Literal("http://"), reqHost, Literal("/api/posts")), ok: true, scheme: "http", host: "{r.Host}", path: "/api/posts"},
		{in: Concat(appURL, Literal("/api/users")), ok: true, origin: "{$APP_URL}", path: "/api/users"},
		{in: appURL, ok: true, origin: "{$APP_URL}"},
		{in: Concat(Hole(Unknown, "s"), Literal("://h/api")), ok: true, scheme: "{s}", host: "h", path: "/api"},
		{in: Literal("localhost:3000/api"), ok: false},
		{in: Literal("api/posts"), ok: false},
		{in: Concat(appURL, Literal(":3000/api")), ok: false},
		{in: Literal("http:///api"), ok: false},
		{in: nil, ok: false},
	}
	for _, tt := range tests {
		p, ok := Split(tt.in)
		if ok != tt.ok {
			t.Errorf("Split(%s) ok = %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		got := [4]string{p.Scheme.String(), p.Host.String(), p.Origin.String(), p.Path.String()}
		want := [4]string{tt.scheme, tt.host, tt.origin, tt.path}
		if got != want || p.Relative != tt.relative {
			t.Errorf("Split(%s) = %q relative=%v, want %q relative=%v", tt.in, got, p.Relative, want, tt.relative)
		}
	}
}

func TestHostname(t *testing.T) {
	tests := []struct {
		in    URL
		name  string
		holes string
	}{
		{Literal("LocalHost:3000"), "localhost", ""},
		{Literal("[::1]:3000"), "::1", ""},
		{Literal("user:pw@127.0.0.1:80"), "127.0.0.1", ""},
		{Concat(Literal("localhost:"), Hole(Unknown, "port")), "localhost", ""},
		{Concat(reqHost, Literal(":8080")), "", "{r.Host}"},
	}
	for _, tt := range tests {
		name, holes := Hostname(tt.in)
		if name != tt.name || holes.String() != tt.holes {
			t.Errorf("Hostname(%s) = %q, %s; want %q, %s", tt.in, name, holes, tt.name, tt.holes)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	for _, h := range []string{"localhost", "app.localhost", "127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "::", "::ffff:127.0.0.1", "LOCALHOST."} {
		if !IsLoopback(h) {
			t.Errorf("IsLoopback(%q) = false", h)
		}
	}
	for _, h := range []string{"example.com", "10.0.0.1", "localhost.example.com", "128.0.0.1", ""} {
		if IsLoopback(h) {
			t.Errorf("IsLoopback(%q) = true", h)
		}
	}
}

func TestSprintf(t *testing.T) {
	base := Literal("http://localhost:3000")
	tests := []struct {
		format string
		args   []URL
		want   string
	}{
		{"%s/api/posts/%d", []URL{base, Literal("7")}, "http://localhost:3000/api/posts/7"},
		{"%v/api/%s", []URL{appURL, Hole(Unknown, "id")}, "{$APP_URL}/api/{id}"},
		{"100%% %q", []URL{base}, "100% {…}"},
		{"%5d/x", []URL{Literal("1")}, "{…}/x"},
		{"%*d|%s", []URL{Literal("3"), Literal("4"), Literal("s")}, "{…}|s"},
		{"%[2]s/%[1]s", []URL{Literal("a"), Literal("b")}, "{…}"},
		{"%s/%s", []URL{Literal("a")}, "a/{…}"},
		{"trailing %", nil, "trailing %!(NOVERB)"},
		{"no verbs", nil, "no verbs"},
	}
	for _, tt := range tests {
		if got := Sprintf(tt.format, tt.args).String(); got != tt.want {
			t.Errorf("Sprintf(%q) = %q, want %q", tt.format, got, tt.want)
		}
	}
}

func TestJoinResolveSubstitute(t *testing.T) {
	if got := JoinPath(Literal("http://h/"), Literal("/api"), Hole(Unknown, "id")).String(); got != "http://h/api/{id}" {
		t.Errorf("JoinPath = %q", got)
	}
	if got := TrimSuffix(Concat(appURL, Literal("/")), "/").String(); got != "{$APP_URL}" {
		t.Errorf("TrimSuffix = %q", got)
	}
	resolveTests := []struct {
		base, ref URL
		want      string
	}{
		{Literal("http://localhost:3000/x/"), Literal("/api/p"), "http://localhost:3000/api/p"},
		{appURL, Literal("/api/p"), "{$APP_URL}/api/p"},
		{appURL, Literal("https://ext.example/api"), "https://ext.example/api"},
		{Literal("http://h"), Literal("rel"), "http://h/{…}"},
	}
	for _, tt := range resolveTests {
		if got := Resolve(tt.base, tt.ref).String(); got != tt.want {
			t.Errorf("Resolve(%s, %s) = %q, want %q", tt.base, tt.ref, got, tt.want)
		}
	}
	tmpl := Concat(param0, Literal("/api/posts"))
	got := tmpl.Substitute(func(int) URL { return Literal("http://localhost") })
	if got.String() != "http://localhost/api/posts" || !got.IsLiteral() || len(got) != 1 {
		t.Errorf("Substitute = %#v", got)
	}
	if !tmpl.HasParams() || got.HasParams() {
		t.Error("HasParams is wrong")
	}
}

func FuzzSprintf(f *testing.F) {
	for _, s := range []string{"%s/api/%d", "%%", "%[1]s", "%*.*d", "%", "%\xff", "a%sb%vc%dd%q"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		args := []URL{Literal("a"), appURL, nil}
		u := Sprintf(format, args)
		for i := 1; i < len(u); i++ {
			if u[i].Kind == Lit && u[i-1].Kind == Lit {
				t.Fatalf("Sprintf(%q) = %#v: adjacent literals not merged", format, u)
			}
		}
	})
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"/api/x", "http://localhost:3000/api?x#y", "//h/p", "https://[::1]:80/", "a://", "http://u@h:1/x", ""} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, withHole bool) {
		u := Literal(s)
		if withHole {
			u = Concat(appURL, u, reqHost, Literal(s))
		}
		p, ok := Split(u)
		if !ok {
			return
		}
		Hostname(p.Host)
		if p.Relative && (p.Host != nil || p.Origin != nil) {
			t.Fatalf("Split(%s): relative with a host: %+v", u, p)
		}
		if len(p.Path) > 0 && p.Path[0].Kind == Lit && p.Path[0].Text[0] != '/' {
			t.Fatalf("Split(%s): path %s does not start with /", u, p.Path)
		}
	})
}
