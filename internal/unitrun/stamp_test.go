package unitrun

import (
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/ssrlint/ssrlint/internal/findings"
	"github.com/ssrlint/ssrlint/internal/vettool"
)

// stampFixture is a module with one package, a directory without Go
// files, and a cache.
type stampFixture struct {
	t        *testing.T
	dir, pkg string
	cache    *cache
	inv      vettool.Invocation
}

func newStampFixture(t *testing.T) *stampFixture {
	dir := t.TempDir()
	f := &stampFixture{t: t, dir: dir, pkg: filepath.Join(dir, "a"), cache: &cache{dir: t.TempDir()}}
	for _, sub := range []string{"a", "empty"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	f.write("go.mod", "module example.com/m\n")
	f.write("a/a.go", "package a\n")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	f.inv = vettool.Invocation{Tool: exe, ToolFlags: []string{"-json"}, Patterns: []string{"./..."}}
	return f
}

func (f *stampFixture) write(name, content string) {
	f.t.Helper()
	if err := os.WriteFile(filepath.Join(f.dir, name), []byte(content), 0o644); err != nil {
		f.t.Fatal(err)
	}
}

// record runs newStamp and record as a run that started at start would,
// with result res.
func (f *stampFixture) record(res *Result, start time.Time) {
	run := &unitRun{wd: f.dir}
	pkgs := []*listed{{ImportPath: "example.com/m/a", Dir: f.pkg, CompiledGoFiles: []string{"a.go"}}}
	run.sources.used = map[string]string{filepath.Join(f.pkg, "a.go"): "hash of a.go", "/goroot/src/fmt/print.go": "hash of print.go"}
	newStamp(f.inv, f.dir).record(f.cache, run, nil, pkgs, nil, f.inv.Patterns, res, start)
}

func (f *stampFixture) lookup() *stampRecord { return newStamp(f.inv, f.dir).lookup(f.cache) }

func (f *stampFixture) replays() bool {
	res, ok := f.lookup().replay()
	if ok && (len(res.Outputs) != 1 || string(res.Outputs[0]) != `{"example.com/m/a":{}}`) {
		f.t.Fatalf("replayed %q, want the recorded output", res.Outputs)
	}
	return ok
}

// settled is a start time after which no file of the fixture changed
// within the racy window.
func settled() time.Time { return time.Now().Add(2 * racyWindow) }

func clean() *Result { return &Result{Outputs: [][]byte{[]byte(`{"example.com/m/a":{}}`)}} }

func TestStampReplaysUntilAnInputChanges(t *testing.T) {
	changes := []struct {
		name   string
		change func(f *stampFixture)
	}{
		{"a package's file edited", func(f *stampFixture) { f.write("a/a.go", "package a\n\nvar X = 1\n") }},
		{"a file added to a package", func(f *stampFixture) { f.write("a/b.go", "package a\n") }},
		{"a package in a directory without one", func(f *stampFixture) { f.write("empty/e.go", "package empty\n") }},
		{"a configuration file", func(f *stampFixture) { f.write(".ssrlint.yml", "rules: {}\n") }},
		{"go.mod edited", func(f *stampFixture) { f.write("go.mod", "module example.com/m\n\ngo 1.22\n") }},
		{"the environment", func(f *stampFixture) { f.t.Setenv("GOFLAGS", "-tags=integration") }},
	}
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			f := newStampFixture(t)
			f.record(clean(), settled())
			if !f.replays() {
				t.Fatal("no replay though nothing changed")
			}
			c.change(f)
			if f.replays() {
				t.Error("replayed after the change")
			}
		})
	}
}

func TestStampSameSizeSameTimeRewrite(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the change time is read on Linux only")
	}
	f := newStampFixture(t)
	name := filepath.Join(f.pkg, "a.go")
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(name, old, old); err != nil {
		t.Fatal(err)
	}
	f.record(clean(), settled())
	f.write("a/a.go", "package b\n") // same size
	if err := os.Chtimes(name, old, old); err != nil {
		t.Fatal(err)
	}
	if f.replays() {
		t.Error("replayed after a rewrite that kept the size and the modification time")
	}
}

func TestStampNotRecorded(t *testing.T) {
	cases := []struct {
		name  string
		res   *Result
		start time.Time
	}{
		{"a file changed just before the run", clean(), time.Now()},
		{"a package failed", &Result{Failures: []findings.ToolError{{Package: "example.com/m/a", Err: "x"}}}, settled()},
		{"go list warned", &Result{Warnings: "go: warning: \"./x/...\" matched no packages\n"}, settled()},
		{"an analyzer failed", &Result{Outputs: [][]byte{[]byte(`{"example.com/m/a":{"selfapi":{"error":"boom"}}}`)}}, settled()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newStampFixture(t)
			f.record(c.res, c.start)
			if f.lookup() != nil {
				t.Error("recorded")
			}
		})
	}
}

func TestStampOnlyForDirectoryPatterns(t *testing.T) {
	for pat, want := range map[string]bool{"./...": true, ".": true, "./web": true, "/abs/dir/...": true, "./web/...": true, "/...": false, "./x...": false, "example.com/m/...": false, "std": false, "...": false} {
		if got := newStamp(vettool.Invocation{Patterns: []string{pat}}, "/wd") != nil; got != want {
			t.Errorf("pattern %q: stamped %t, want %t", pat, got, want)
		}
	}
}

func TestStampDamagedIsAMiss(t *testing.T) {
	f := newStampFixture(t)
	f.record(clean(), settled())
	name := f.cache.entry(newStamp(f.inv, f.dir).key, "s")
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)-3] ^= 1
	if err := os.WriteFile(name, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if f.replays() {
		t.Error("replayed a damaged stamp")
	}
}

func TestStampFollowsSymbolicLinks(t *testing.T) {
	f := newStampFixture(t)
	target := filepath.Join(t.TempDir(), "shared.go")
	if err := os.WriteFile(target, []byte("package a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(f.pkg, "shared.go")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	f.record(clean(), settled())
	if !f.replays() {
		t.Fatal("no replay though nothing changed")
	}
	if err := os.WriteFile(target, []byte("package a\n\nvar Shared = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if f.replays() {
		t.Error("replayed after the file a link points to changed")
	}
}

func TestStampPackagesReusedWhenOnlyBodiesChanged(t *testing.T) {
	changes := []struct {
		name   string
		change func(f *stampFixture)
		reuse  bool
	}{
		{"a function body", func(f *stampFixture) { f.write("a/a.go", "package a\n\nfunc F() { println() }\n") }, true},
		{"a function body, saved by renaming", func(f *stampFixture) {
			f.write("a/.a.go.tmp", "package a\n\nfunc F() { println() }\n")
			if err := os.Rename(filepath.Join(f.pkg, ".a.go.tmp"), filepath.Join(f.pkg, "a.go")); err != nil {
				f.t.Fatal(err)
			}
		}, true},
		{"a file added", func(f *stampFixture) { f.write("a/b.txt", "") }, false},
		{"an import", func(f *stampFixture) { f.write("a/a.go", "package a\n\nimport _ \"fmt\"\n") }, false},
		{"a build constraint", func(f *stampFixture) { f.write("a/a.go", "//go:build linux\n\npackage a\n") }, false},
		{"the package name", func(f *stampFixture) { f.write("a/a.go", "package b\n") }, false},
		{"an embed pattern", func(f *stampFixture) {
			f.write("a/a.go", "package a\n\nimport _ \"embed\"\n\n//go:embed x.txt\nvar s string\n")
		}, false},
		{"a syntax error before the imports", func(f *stampFixture) { f.write("a/a.go", "pakage a\n") }, false},
		{"a file that is not Go", func(f *stampFixture) { f.write("go.mod", "module example.com/m\n\ngo 1.22\n") }, false},
	}
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			f := newStampFixture(t)
			f.record(clean(), settled())
			c.change(f)
			rec := f.lookup()
			if _, ok := rec.replay(); ok {
				t.Fatal("replayed after a change")
			}
			if got := rec.reusable(); got != c.reuse {
				t.Errorf("packages reused: %t, want %t", got, c.reuse)
			}
			if c.reuse && (len(rec.Native) != 1 || rec.Native[0].ImportPath != "example.com/m/a") {
				t.Errorf("recorded packages %v, want example.com/m/a", rec.Native)
			}
		})
	}
}

func TestStampPackagesNotReusedInCgoPackages(t *testing.T) {
	f := newStampFixture(t)
	run := &unitRun{wd: f.dir}
	cgoOut := filepath.Join(t.TempDir(), "_cgo_gotypes.go")
	pkgs := []*listed{{ImportPath: "example.com/m/a", Dir: f.pkg, CompiledGoFiles: []string{"a.go", cgoOut}}}
	newStamp(f.inv, f.dir).record(f.cache, run, nil, pkgs, nil, f.inv.Patterns, clean(), settled())
	f.write("a/a.go", "package a\n\nfunc F() {}\n")
	if f.lookup().reusable() {
		t.Error("packages reused after an edit in a cgo package")
	}
}

func TestStampTrustsTheHashesOfUnchangedFilesOnly(t *testing.T) {
	f := newStampFixture(t)
	f.write("a/b.go", "package a\n")
	f.record(clean(), settled())
	f.write("a/a.go", "package a\n\nfunc F() {}\n")
	rec := f.lookup()
	if !rec.reusable() {
		t.Fatal("packages not reused after a body edit")
	}
	want := map[string]string{"/goroot/src/fmt/print.go": "hash of print.go"}
	if got := rec.unchangedHashes(); !maps.Equal(got, want) {
		t.Errorf("trusted hashes %v, want %v (the edited file's dropped)", got, want)
	}
}
