package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestApply(t *testing.T) {
	cfg := Default()
	err := cfg.Apply("x.yml", []byte(`
pages: ["**/web/**"]
api-prefixes: ["/rpc/"]
props-funcs:
  server-side: Load
http-sinks:
  - func: github.com/go-resty/resty/v2.Request.Get
    url-arg: 0
props-sinks:
  - func: example.com/app/web.App.page
    arg: 3
disable: [selfapi]
`))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := cfg.Pages.Match("a/web/x"); !ok {
		t.Errorf("pages pattern not applied")
	}
	if cfg.APIPrefixes[0] != "/rpc/" || cfg.PropsFuncs.ServerSide != "Load" || cfg.PropsFuncs.Static != "GetStaticProps" {
		t.Errorf("got %+v", cfg)
	}
	if len(cfg.HTTPSinks) != 1 || cfg.HTTPSinks[0].Func != "github.com/go-resty/resty/v2.Request.Get" {
		t.Errorf("sinks = %+v", cfg.HTTPSinks)
	}
	if len(cfg.PropsSinks) != 1 || cfg.PropsSinks[0] != (PropsSink{Func: "example.com/app/web.App.page", Arg: 3}) {
		t.Errorf("props sinks = %+v", cfg.PropsSinks)
	}
	if cfg.Enabled("selfapi") || !cfg.Enabled("propsfunc") {
		t.Errorf("enable/disable not applied")
	}
}

func TestApplyErrors(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"pagez: [a]", `x.yml:1: key "pagez": unknown key (allowed: pages, api-routes`},
		{"pages: a", `x.yml:1: key "pages": got "a" (str); want a list of import path patterns`},
		{"pages:\n  - a//b", `x.yml:2: key "pages": pattern "a//b" has an empty path element`},
		{"api-prefixes: [api]", `key "api-prefixes": prefix "api" does not start with /`},
		{"props-funcs: {server-side: 1x}", `key "props-funcs": server-side: "1x" (str) is not a Go identifier`},
		{"disable: [nosuch]", `key "disable": unknown analyzer "nosuch"`},
		{"http-sinks: [{func: a.B, url-arg: x}]", `key "http-sinks"`},
		{"props-sinks: [{func: render, arg: 1}]", `key "props-sinks": func "render" / arg 1 is not a qualified function`},
		{"props-sinks: [{func: a.B, url-arg: 1}]", `key "props-sinks": unknown key "url-arg" (allowed: func, arg)`},
		{"props-sinks: [{func: a.B, arg: -1}]", `arg -1 is not a qualified function and a non-negative index`},
		{"props-sinks: {func: a.B}", `key "props-sinks": got`},
		{"- a", "want a mapping of keys"},
		{"pages: [", "x.yml: "},
	}
	for _, tt := range tests {
		err := Default().Apply("x.yml", []byte(tt.yaml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Apply(%q) = %v, want error containing %q", tt.yaml, err, tt.want)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("Apply(%q): error spans lines: %q", tt.yaml, err)
		}
	}
}

func TestFindStopsAtModuleRoot(t *testing.T) {
	root := t.TempDir()
	mod := filepath.Join(root, "mod")
	pkg := filepath.Join(mod, "pages", "home")
	must(t, os.MkdirAll(pkg, 0o755))
	must(t, os.WriteFile(filepath.Join(root, FileName), []byte("pages: [x]"), 0o644))
	must(t, os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module m\n"), 0o644))
	if got := Find(pkg); got != "" {
		t.Errorf("Find crossed the module root: %q", got)
	}
	must(t, os.WriteFile(filepath.Join(mod, FileName), []byte("api-prefixes: [/v1/]"), 0o644))
	if got := Find(pkg); got != filepath.Join(mod, FileName) {
		t.Errorf("Find = %q", got)
	}
	cfg, err := (&Loader{Settings: `{"api-prefixes": ["/v2/"]}`}).ForDir(pkg)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.APIPrefixes[0] != "/v2/" {
		t.Errorf("settings did not override the file: %v", cfg.APIPrefixes)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func FuzzApply(f *testing.F) {
	f.Add("pages: [\"**/pages/**\"]\nprops-funcs: {static: X}\n")
	f.Add("http-sinks: [{func: a.B, url-arg: 1}]")
	f.Fuzz(func(t *testing.T, doc string) {
		err := Default().Apply("fuzz.yml", []byte(doc))
		if err != nil && err.Error() == "" {
			t.Fatal("empty error")
		}
	})
}
