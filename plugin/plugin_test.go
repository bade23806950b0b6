package plugin

import (
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/ssrlint/ssrlint/internal/suite"
	"golang.org/x/tools/go/analysis"
)

// newPlugin builds the plugin the way golangci-lint does: through the
// registry, by name. The analyzers' flags are process-wide, so each test
// resets them.
func newPlugin(t *testing.T, settings any) (register.LinterPlugin, error) {
	t.Helper()
	t.Cleanup(func() {
		if _, err := New(nil); err != nil {
			t.Fatal(err)
		}
	})
	newFn, err := register.GetPlugin("ssrlint")
	if err != nil {
		t.Fatal(err)
	}
	return newFn(settings)
}

func names(analyzers []*analysis.Analyzer) []string {
	var out []string
	for _, a := range analyzers {
		out = append(out, a.Name)
	}
	return out
}

func TestNoSettingsEnablesTheSuite(t *testing.T) {
	p, err := newPlugin(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if want := names(suite.Analyzers()); !slices.Equal(names(got), want) {
		t.Errorf("analyzers = %v, want %v", names(got), want)
	}
	if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
		t.Errorf("load mode = %q, want %q", mode, register.LoadModeTypesInfo)
	}
}

func TestSettingsReachEveryAnalyzer(t *testing.T) {
	first := suite.Analyzers()[0].Name
	settings := map[string]any{
		"api-prefixes": []any{"/rpc/"},
		"disable":      []any{first},
	}
	p, err := newPlugin(t, settings)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := p.BuildAnalyzers()
	if slices.Contains(names(got), first) || len(got) != len(suite.Analyzers())-1 {
		t.Errorf("disable: [%s] gave analyzers %v", first, names(got))
	}
	for _, a := range suite.Analyzers() {
		v := a.Flags.Lookup("settings").Value.String()
		if !strings.Contains(v, `"api-prefixes":["/rpc/"]`) {
			t.Errorf("analyzer %s: settings flag = %q", a.Name, v)
		}
	}
}

func TestSettingsErrorsNameTheKey(t *testing.T) {
	tests := []struct {
		settings any
		want     string
	}{
		{map[string]any{"pagez": []any{"a"}}, `linters.settings.custom.ssrlint.settings: key "pagez": unknown key (allowed: pages, api-routes`},
		{map[string]any{"pages": "a"}, `linters.settings.custom.ssrlint.settings: key "pages": got "a" (str); want a list of import path patterns`},
		{map[string]any{"pages": []any{"a//b"}}, `key "pages": pattern "a//b" has an empty path element`},
		{map[string]any{"api-prefixes": []any{"api"}}, `key "api-prefixes": prefix "api" does not start with /`},
		{map[string]any{"disable": []any{"nosuch"}}, `key "disable": unknown analyzer "nosuch"`},
		{map[string]any{"props-funcs": map[string]any{"server-side": 1}}, `key "props-funcs": server-side: "1" (int) is not a Go identifier`},
		{"pages", `linters.settings.custom.ssrlint.settings: want a mapping of keys`},
		{map[string]any{"pages": make(chan int)}, `linters.settings.custom.ssrlint.settings: json: unsupported type`},
	}
	for _, tt := range tests {
		_, err := newPlugin(t, tt.settings)
		if err == nil || !strings.HasPrefix(err.Error(), "linters.settings.custom.ssrlint.settings: ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("New(%v) = %v, want an error containing %q", tt.settings, err, tt.want)
		}
	}
}
