package unitrun

import (
	"golang.org/x/tools/go/analysis"

	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ssrlint/ssrlint/internal/findings"
)

// fakeRun is a run whose tool is a stub: it records the order in which
// units are analyzed and gives each the output "<import path>".
type fakeRun struct {
	*unitRun
	mu       sync.Mutex
	analyzed []string
}

func newFakeRun(t *testing.T) *fakeRun {
	f := &fakeRun{unitRun: &unitRun{toolID: "tool", toolArgs: []string{"-json"}, cache: &cache{}}}
	f.analyze = func(u *unit) error {
		f.mu.Lock()
		defer f.mu.Unlock()
		for _, d := range u.deps {
			if !slices.Contains(f.analyzed, d.pkg.ImportPath) {
				t.Errorf("%s analyzed before its dependency %s", u.pkg.ImportPath, d.pkg.ImportPath)
			}
		}
		f.analyzed = append(f.analyzed, u.pkg.ImportPath)
		u.vetx, u.out = "vetx", []byte(u.pkg.ImportPath)
		return nil
	}
	return f
}

// pkg is a listed package with one source file, written in dir.
func pkg(t *testing.T, dir, path string, imports ...string) *listed {
	t.Helper()
	pdir := filepath.Join(dir, path)
	if err := os.MkdirAll(pdir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pdir, "a.go"), []byte("package "+filepath.Base(path)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return &listed{ImportPath: path, Dir: pdir, CompiledGoFiles: []string{"a.go"}, Imports: imports}
}

func TestDependenciesFirstAndOutputsInListOrder(t *testing.T) {
	dir := t.TempDir()
	base := pkg(t, dir, "base")
	base.DepOnly = true
	pkgs := []*listed{base, pkg(t, dir, "mid", "base"), pkg(t, dir, "left", "mid"), pkg(t, dir, "right", "mid", "base"), pkg(t, dir, "top", "left", "right")}
	run := newFakeRun(t)
	units := buildUnits(pkgs, nil)
	if err := run.all(units); err != nil {
		t.Fatal(err)
	}
	if len(run.analyzed) != len(pkgs) {
		t.Errorf("analyzed %q, want every package once", run.analyzed)
	}
	res := results(units)
	if len(res.Failures) > 0 {
		t.Fatalf("failures: %v", res.Failures)
	}
	var got []string
	for _, o := range res.Outputs {
		got = append(got, string(o))
	}
	// base is a dependency only: its facts are used, its findings are not reported.
	if want := []string{"mid", "left", "right", "top"}; !slices.Equal(got, want) {
		t.Errorf("outputs %q, want %q", got, want)
	}
}

func TestFailurePropagatesToDependents(t *testing.T) {
	dir := t.TempDir()
	broken := pkg(t, dir, "broken")
	broken.Error = &listError{Err: filepath.Join(dir, "broken", "a.go") + ":1:1: expected 'package'"}
	pkgs := []*listed{broken, pkg(t, dir, "user", "broken"), pkg(t, dir, "top", "user"), pkg(t, dir, "other")}
	run := newFakeRun(t)
	run.wd = dir
	units := buildUnits(pkgs, nil)
	if err := run.all(units); err != nil {
		t.Fatal(err)
	}
	if want := []string{"other"}; !slices.Equal(run.analyzed, want) {
		t.Errorf("analyzed %q, want only %q: the others depend on a package that does not build", run.analyzed, want)
	}
	for _, u := range units[:3] {
		if u.vetx != "" {
			t.Errorf("%s: has facts, though it or a dependency failed", u.pkg.ImportPath)
		}
	}
	res := results(units)
	if len(res.Outputs) != 1 || string(res.Outputs[0]) != "other" {
		t.Errorf("outputs = %q, want the output of other", res.Outputs)
	}
	// The failure is reported once, under its own package, relative to the
	// working directory, as go vet does.
	want := []findings.ToolError{{Package: "broken", Err: "broken/a.go:1:1: expected 'package'"}}
	if !slices.Equal(res.Failures, want) {
		t.Errorf("failures = %q, want %q", res.Failures, want)
	}
}

func TestKeyCoversToolFlagsFilesAndDependencies(t *testing.T) {
	dir := t.TempDir()
	units := buildUnits([]*listed{pkg(t, dir, "dep"), pkg(t, dir, "user", "dep")}, nil)
	dep, user := units[0], units[1]
	run := newFakeRun(t).unitRun
	keys := func() (string, string) {
		t.Helper()
		var err error
		if dep.key, err = run.key(dep); err != nil {
			t.Fatal(err)
		}
		if user.key, err = run.key(user); err != nil {
			t.Fatal(err)
		}
		return dep.key, user.key
	}
	dep0, user0 := keys()
	if d, u := keys(); d != dep0 || u != user0 {
		t.Fatal("keys change between two computations of the same inputs")
	}
	if dep0 == user0 {
		t.Error("two packages share a key")
	}

	run.toolArgs = []string{"-json", "-selfapi.settings={}"}
	if d, u := keys(); d == dep0 || u == user0 {
		t.Error("a tool flag does not change the keys")
	}
	run.toolArgs = []string{"-json"}

	run.toolID = "another build of the tool"
	if d, _ := keys(); d == dep0 {
		t.Error("the tool's hash does not change the key")
	}
	run.toolID = "tool"

	// The go line of the module sets the language version of the type check.
	dep.pkg.Module = &analysis.Module{Path: "example.com/m", GoVersion: "1.21"}
	d121, _ := keys()
	dep.pkg.Module.GoVersion = "1.22"
	if d, _ := keys(); d == d121 {
		t.Error("the module's go version does not change the key")
	}
	dep.pkg.Module = nil

	// A comment carries directives: the types do not change, the key must.
	if err := os.WriteFile(filepath.Join(dir, "dep", "a.go"), []byte("package dep\n//ssrlint:ignore x y\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, u := keys()
	if d == dep0 {
		t.Error("editing a source file does not change its package's key")
	}
	if u == user0 {
		t.Error("a dependency's new key does not change its importer's key")
	}
}

func TestCacheRoundTrip(t *testing.T) {
	c := &cache{dir: t.TempDir()}
	key := strings.Repeat("ab", 32)
	if _, _, ok := c.get(key); ok {
		t.Fatal("hit in an empty cache")
	}
	tmp, err := c.tempDir()
	if err != nil {
		t.Fatal(err)
	}
	vetx := filepath.Join(tmp, "vet.out")
	if err := os.WriteFile(vetx, []byte("facts"), 0o644); err != nil {
		t.Fatal(err)
	}
	stored, err := c.put(key, vetx, []byte(`{"p":{}}`))
	if err != nil {
		t.Fatal(err)
	}
	got, out, ok := c.get(key)
	if !ok || got != stored || string(out) != `{"p":{}}` {
		t.Fatalf("get = %q, %q, %t; want %q and the output", got, out, ok, stored)
	}
	if facts, err := os.ReadFile(got); err != nil || string(facts) != "facts" {
		t.Errorf("cached facts = %q, %v", facts, err)
	}
}

// TestCacheOffKeepsFactsInTheRun: without a cache, a unit's facts stay in
// the run's temporary directory, an empty file when it wrote none.
func TestCacheOffKeepsFactsInTheRun(t *testing.T) {
	c := &cache{}
	vetx := filepath.Join(t.TempDir(), "vet.out")
	got, err := c.put(strings.Repeat("cd", 32), vetx, nil)
	if err != nil || got != vetx {
		t.Fatalf("put = %q, %v; want %q", got, err, vetx)
	}
	if st, err := os.Stat(vetx); err != nil || st.Size() != 0 {
		t.Errorf("facts file: %v, %v; want an empty file", st, err)
	}
	if _, _, ok := c.get(strings.Repeat("cd", 32)); ok {
		t.Error("hit with the cache off")
	}
}

func TestTrimDeletesEntriesUnusedForFiveDaysOnceADay(t *testing.T) {
	c := &cache{dir: t.TempDir()}
	write := func(name string, age time.Duration) string {
		t.Helper()
		p := filepath.Join(c.dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(-age)
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
		return p
	}
	stale := write("ab/abcd-v", 6*24*time.Hour)
	fresh := write("ab/abef-v", 4*24*time.Hour)
	c.trim()
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("an entry unused for 6 days survived the trim: %v", err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("an entry used 4 days ago was trimmed: %v", err)
	}
	// The trim ran: the next one waits a day.
	stale = write("ab/abff-v", 6*24*time.Hour)
	c.trim()
	if _, err := os.Stat(stale); err != nil {
		t.Errorf("a second trim within a day deleted %s: %v", stale, err)
	}
}

// TestResultsPreferTheNativePass: a package analyzed natively and in the
// browser pass keeps its native facts file, and its browser build's
// failure is not one; a browser-only package's failure is.
func TestResultsPreferTheNativePass(t *testing.T) {
	dir := t.TempDir()
	native := buildUnits([]*listed{pkg(t, dir, "web")}, nil)
	browser := buildUnits([]*listed{pkg(t, dir, "web"), pkg(t, dir, "client")}, wasmEnv)
	native[0].vetx = "native.vetx"
	browser[0].vetx = "browser.vetx"
	browser[0].failure = &findings.ToolError{Package: "web", Err: "undefined: js.Global"}
	browser[1].failure = &findings.ToolError{Package: "client", Err: "undefined: sql.DB"}
	res := results(append(native, browser...))
	if got := res.FactFiles["web"]; got != "native.vetx" {
		t.Errorf("facts of web = %q, want the native file", got)
	}
	if len(res.Failures) != 1 || res.Failures[0].Package != "client" {
		t.Errorf("failures = %v, want client's alone", res.Failures)
	}
}
