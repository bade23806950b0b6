package cli

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestInvocationRenderedForGoVet: the driver's flags become one
// invocation, which go vet gets as -vettool, build flags, its mode, the
// tool flags, "--" and the patterns.
func TestInvocationRenderedForGoVet(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), ".ssrlint.yml")
	if err := os.WriteFile(cfg, []byte("api-prefixes: [/rpc/]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	digest, err := configDigest(cfg)
	if err != nil {
		t.Fatal(err)
	}
	r := &runner{
		opts:      &options{tags: "integration", config: cfg, settings: "{}", forwarded: []string{"-a=false"}},
		analyzers: []*analysis.Analyzer{{Name: "a"}, {Name: "b"}},
	}
	inv, err := r.invocation("/bin/ssrlint", []string{"./...", "-odd"})
	if err != nil {
		t.Fatal(err)
	}
	tool := []string{"-a=false", "-a.config=" + cfg, "-a.settings={}", "-b.config=" + cfg, "-b.settings={}", "-config-digest=" + digest}
	if !slices.Equal(inv.ToolFlags, tool) || !slices.Equal(inv.BuildFlags, []string{"-tags=integration"}) {
		t.Fatalf("invocation = %+v, want tool flags %q and -tags", inv, tool)
	}
	for _, tt := range []struct {
		fix, diff bool
		mode      []string
	}{
		{mode: []string{"-json"}},
		{fix: true, mode: []string{"-fix"}},
		{fix: true, diff: true, mode: []string{"-fix", "-diff"}},
	} {
		r.opts.fix, r.opts.diff = tt.fix, tt.diff
		want := slices.Concat([]string{"vet", "-vettool=/bin/ssrlint", "-tags=integration"}, tt.mode, tool, []string{"--", "./...", "-odd"})
		if got := r.goVetArgs(inv); !slices.Equal(got, want) {
			t.Errorf("goVetArgs (fix %t, diff %t) = %q, want %q", tt.fix, tt.diff, got, want)
		}
	}
}
