package unitrun

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// stored puts an entry with facts and out under key and returns the cache.
func stored(t *testing.T, c *cache, key, facts, out string) {
	t.Helper()
	tmp, err := c.tempDir()
	if err != nil {
		t.Fatal(err)
	}
	vetx := filepath.Join(tmp, "vet.out")
	if err := os.WriteFile(vetx, []byte(facts), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := c.put(key, vetx, []byte(out)); err != nil {
		t.Fatal(err)
	}
}

// TestCacheRejectsBadEntries: an entry edited, truncated, emptied or
// copied from another key is a miss, and storing the unit's results again
// makes it good.
func TestCacheRejectsBadEntries(t *testing.T) {
	keyA, keyB := strings.Repeat("ab", 32), strings.Repeat("ac", 32)
	const factsA, outA = "facts of A", `{"a":{"selfapi":[{"posn":"a.go:1:1","message":"m"}]}}`
	for _, tc := range []struct {
		name  string
		spoil func(c *cache)
	}{
		{"output replaced by {}", func(c *cache) { write(t, c.entry(keyA, "o"), "{}") }},
		{"output body edited", func(c *cache) { edit(t, c.entry(keyA, "o"), `"m"`, `"n"`) }},
		{"output truncated", func(c *cache) { truncate(t, c.entry(keyA, "o")) }},
		{"facts truncated", func(c *cache) { truncate(t, c.entry(keyA, "v")) }},
		{"facts replaced", func(c *cache) { write(t, c.entry(keyA, "v"), "other facts") }},
		{"another key's entry", func(c *cache) {
			stored(t, c, keyB, "facts of B", `{"b":{}}`)
			copyFile(t, c.entry(keyB, "o"), c.entry(keyA, "o"))
			copyFile(t, c.entry(keyB, "v"), c.entry(keyA, "v"))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &cache{dir: t.TempDir()}
			stored(t, c, keyA, factsA, outA)
			if _, out, ok := c.get(keyA); !ok || string(out) != outA {
				t.Fatalf("fresh entry: get = %q, %t", out, ok)
			}
			tc.spoil(c)
			if _, out, ok := c.get(keyA); ok {
				t.Fatalf("spoiled entry is a hit with output %q", out)
			}
			stored(t, c, keyA, factsA, outA)
			vetx, out, ok := c.get(keyA)
			if !ok || string(out) != outA {
				t.Fatalf("rewritten entry: get = %q, %t", out, ok)
			}
			if facts, err := os.ReadFile(vetx); err != nil || string(facts) != factsA {
				t.Errorf("rewritten facts = %q, %v", facts, err)
			}
		})
	}
}

// TestRelativeCacheDir: SSRLINT_CACHE may be relative to the working
// directory; the vet tool, which runs elsewhere, gets absolute names.
func TestRelativeCacheDir(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv(cacheEnv, "rel/cache")
	c, err := openCache()
	if err != nil {
		t.Fatal(err)
	}
	if !filepath.IsAbs(c.dir) || !strings.HasSuffix(c.dir, filepath.Join("rel", "cache")) {
		t.Errorf("cache dir %q, want an absolute rel/cache", c.dir)
	}
}

// TestTrimRemovesLeftoverTempDirs: a run that was killed leaves its
// tmp-* directory behind; trimming removes it once it is a day old, not
// the directory of a run under way.
func TestTrimRemovesLeftoverTempDirs(t *testing.T) {
	c := &cache{dir: t.TempDir()}
	killed, err := c.tempDir()
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(killed, "unit1", "vet.cfg"), "{}")
	old := time.Now().Add(-25 * time.Hour)
	if err := os.Chtimes(killed, old, old); err != nil {
		t.Fatal(err)
	}
	running, err := c.tempDir()
	if err != nil {
		t.Fatal(err)
	}
	c.trim()
	if _, err := os.Stat(killed); !os.IsNotExist(err) {
		t.Errorf("the killed run's directory survived the trim: %v", err)
	}
	if _, err := os.Stat(running); err != nil {
		t.Errorf("the running run's directory was trimmed: %v", err)
	}
}

func TestHasAnalyzerError(t *testing.T) {
	for out, want := range map[string]bool{
		``: false,
		`{"p":{"selfapi":[{"posn":"a.go:1:1","message":"error: x"}]}}`:           false,
		`{"p":{"selfapi":[]}, "q":{}}`:                                           false,
		`{"p":{"selfapi":{"error":"ssrlint config: open x.yml: no such file"}}}`: true,
		`{"p":{"selfapi":[]}}{"p":{"propsfunc":{"error":"x"}}}`:                  true,
		`{"p":`: true,
	} {
		if got := hasAnalyzerError([]byte(out)); got != want {
			t.Errorf("hasAnalyzerError(%s) = %t, want %t", out, got, want)
		}
	}
}

func write(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

func edit(t *testing.T, name, from, to string) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil || !strings.Contains(string(data), from) {
		t.Fatalf("%s: %v, or no %q in it", name, err, from)
	}
	write(t, name, strings.Replace(string(data), from, to, 1))
}

func truncate(t *testing.T, name string) {
	t.Helper()
	st, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(name, st.Size()/2); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	write(t, to, string(data))
}

// TestKeyCoversConfigFiles: the analyzers read the .ssrlint.yml found
// from the package's directory and the files of -<analyzer>.config; editing
// either changes the key.
func TestKeyCoversConfigFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module m\n")
	found, flagged := filepath.Join(dir, ".ssrlint.yml"), filepath.Join(t.TempDir(), "other.yml")
	write(t, found, "api-prefixes: [/v1/]\n")
	write(t, flagged, "api-prefixes: [/v1/]\n")
	run := newFakeRun(t)
	run.toolArgs = []string{"-json", "-selfapi.config=" + flagged}
	run.configFiles = flagConfigFiles(run.toolArgs)
	u := buildUnits([]*listed{pkg(t, dir, "p")}, nil)[0]
	key := func() string { return mustKey(t, run, u) }
	k0 := key()
	write(t, found, "api-prefixes: [/v2/]\n")
	k1 := key()
	if k1 == k0 {
		t.Error("editing the .ssrlint.yml found from the package does not change the key")
	}
	write(t, flagged, "api-prefixes: [/v2/]\n")
	if key() == k1 {
		t.Error("editing the file of -selfapi.config does not change the key")
	}
}

// TestKeyCoversTheFilesTheConfigurationNames: propssurface reads the props
// lock that .ssrlint.yml or -settings names; editing it changes the key.
func TestKeyCoversTheFilesTheConfigurationNames(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module m\n")
	write(t, filepath.Join(dir, ".ssrlint.yml"), "props-lock: props.lock\n")
	lock, other := filepath.Join(dir, "props.lock"), filepath.Join(t.TempDir(), "other.lock")
	write(t, lock, "m\tH\tprops\tint\n")
	write(t, other, "m\tH\tprops\tint\n")
	run := newFakeRun(t)
	u := buildUnits([]*listed{pkg(t, dir, "p")}, nil)[0]
	key := func() string { return mustKey(t, run, u) }
	k0 := key()
	write(t, lock, "m\tH\tprops\tstring\n")
	if key() == k0 {
		t.Error("editing the props lock that .ssrlint.yml names does not change the key")
	}
	run.toolArgs = []string{"-json", `-propssurface.settings={"props-lock":"` + other + `"}`}
	run.settings = flagSettings(run.toolArgs)
	k1 := key()
	write(t, other, "m\tH\tprops\tstring\n")
	if key() == k1 {
		t.Error("editing the props lock that -settings names does not change the key")
	}
}

// mustKey returns u's key in run.
func mustKey(t *testing.T, run *fakeRun, u *unit) string {
	t.Helper()
	k, err := run.key(u)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestKeyCoversTheBrowserPass: a package analyzed in the browser pass has
// another key than natively, even when go list gives the same files.
func TestKeyCoversTheBrowserPass(t *testing.T) {
	dir := t.TempDir()
	run := newFakeRun(t)
	p := pkg(t, dir, "p")
	native := buildUnits([]*listed{p}, nil)[0]
	browser := buildUnits([]*listed{p}, wasmEnv)[0]
	if mustKey(t, run, native) == mustKey(t, run, browser) {
		t.Error("the browser pass's environment is not part of the key")
	}
}
