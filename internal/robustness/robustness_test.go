package robustness_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/internal/cli"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/suite"
	"github.com/ssrlint/ssrlint/internal/vettool"
	"golang.org/x/tools/go/analysis"
)

// The test binary is also the vet tool: cli.Main runs
// `go vet -vettool=<os.Executable()>`, and go vet calls it back with -flags,
// -V=full and *.cfg arguments.
func TestMain(m *testing.M) {
	if vettool.Is(os.Args[1:]) {
		vettool.Main(analyzers())
	}
	os.Exit(m.Run())
}

// analyzers is the suite plus panicky. The driver and the vet tool must
// see the same list; panicky is silent unless -panicky.pkg names a package.
func analyzers() []*analysis.Analyzer {
	return append(suite.Analyzers(), panicky)
}

var panicky = lintpass.New(lintpass.Spec{
	Name:  "panicky",
	DocGo: "// # Analyzer panicky\n//\n// panicky panics on the package named by -panicky.pkg (a test of lintpass's panic guard)\npackage robustness\n",
	Run: func(p *lintpass.Pass) (any, error) {
		if p.Pkg.Path() == panickyPkg {
			_ = p.Files[len(p.Files)] // a runtime error, not a deliberate panic(value)
		}
		return nil, nil
	},
})

var panickyPkg string

func init() {
	panicky.Flags.StringVar(&panickyPkg, "pkg", "", "import path of the package to panic on")
}

// run runs the ssrlint driver with -json in a copy of testdata/odd.
func run(t *testing.T, args ...string) (code int, tree map[string]map[string]json.RawMessage, stderr string) {
	t.Helper()
	t.Chdir(oddModule(t))
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "-mod=readonly")
	t.Setenv("SSRLINT_CACHE", t.TempDir()) // every unit analyzed, every time
	var out, errOut bytes.Buffer
	code = cli.Main(append([]string{"-json"}, args...), analyzers(), &out, &errOut)
	if err := json.Unmarshal(out.Bytes(), &tree); err != nil && out.Len() > 0 {
		t.Fatalf("ssrlint -json printed invalid JSON: %v\n%s", err, out.String())
	}
	return code, tree, errOut.String()
}

// syntaxErr is a page that does not parse. It is written at test time:
// kept in testdata, it would fail every gofmt check of the repository.
const syntaxErr = `// Package syntaxerr is a page that does not parse.
package syntaxerr

func GetServerSideProps( {
`

// oddModule returns a copy of testdata/odd with pages/syntaxerr added.
func oddModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "odd"))); err != nil {
		t.Fatal(err)
	}
	pkg := filepath.Join(dir, "pages", "syntaxerr")
	if err := os.Mkdir(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pkg, "syntaxerr.go"), []byte(syntaxErr), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// silent are the packages where nothing may be reported.
var silent = []string{
	"example.com/odd/client",
	"example.com/odd/lib",
	"example.com/odd/pages/api/users",
	"example.com/odd/pages/bodyless",
	"example.com/odd/pages/cgo",
	"example.com/odd/pages/dotimport",
	"example.com/odd/pages/empty",
	"example.com/odd/pages/generated",
	"example.com/odd/pages/generic",
	"example.com/odd/pages/nodir/sub",
	"example.com/odd/pages/recursive",
	"example.com/odd/pages/tagonly",
	"example.com/odd/pages/weird",
}

const handwritten = "example.com/odd/pages/handwritten"

// TestOddPackages runs both front ends: ssrlint's own unit runner and, with
// SSRLINT_GOVET=1, go vet.
func TestOddPackages(t *testing.T) {
	t.Run("units", testOddPackages)
	t.Run("govet", func(t *testing.T) {
		t.Setenv("SSRLINT_GOVET", "1")
		testOddPackages(t)
	})
}

func testOddPackages(t *testing.T) {
	code, tree, stderr := run(t, "./...")
	assertNoCrash(t, stderr)
	if code != cli.ExitError {
		t.Errorf("exit code %d, want %d (two packages do not build)", code, cli.ExitError)
	}
	for _, pkg := range []string{"example.com/odd/pages/typeerr", "example.com/odd/pages/syntaxerr"} {
		if !strings.Contains(stderr, "# "+pkg+"\n") {
			t.Errorf("stderr does not report %s as a package that does not build:\n%s", pkg, stderr)
		}
	}
	for pkg, byAnalyzer := range tree {
		for name, v := range byAnalyzer {
			if bytes.HasPrefix(v, []byte(`{`)) {
				t.Errorf("%s: %s failed: %s", pkg, name, v)
			} else if slices.Contains(silent, pkg) {
				t.Errorf("%s: %s reported %s", pkg, name, v)
			}
		}
	}
	// The control: the generated file's twin without its header is
	// reported, so the silence of pages/generated is the generated-file
	// rule at work and the run reached the packages after the broken ones.
	if len(tree[handwritten]) == 0 {
		t.Errorf("nothing reported in %s, want findings", handwritten)
	}
}

// TestGeneratedTwin keeps the control in step with the generated file.
func TestGeneratedTwin(t *testing.T) {
	gen := readLines(t, "testdata/odd/pages/generated/zz_generated.go")
	hand := readLines(t, "testdata/odd/pages/handwritten/handwritten.go")
	if !strings.HasPrefix(gen[0], "// Code generated ") {
		t.Fatalf("zz_generated.go lost its header: %q", gen[0])
	}
	// Skip the header (two lines) and the package clause.
	if !slices.Equal(gen[3:], hand[3:]) {
		t.Errorf("pages/handwritten/handwritten.go differs from pages/generated/zz_generated.go beyond the header and package clause")
	}
}

func readLines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(data), "\n")
}

func TestOnlyExcludedFiles(t *testing.T) {
	code, _, stderr := run(t, "./pages/excluded")
	assertNoCrash(t, stderr)
	if code != cli.ExitError || !strings.Contains(stderr, "build constraints exclude all Go files") {
		t.Errorf("exit code %d, stderr:\n%s\nwant %d and go's build constraints error", code, stderr, cli.ExitError)
	}
}

func TestPanicBecomesToolError(t *testing.T) {
	const victim = "example.com/odd/pages/weird"
	code, tree, stderr := run(t, "-panicky.pkg="+victim, "./pages/weird", "./pages/handwritten")
	if code != cli.ExitError {
		t.Errorf("exit code %d, want %d", code, cli.ExitError)
	}
	want := "ssrlint: " + victim + ": panicky: internal error: panicky panicked on package " + victim + ": runtime error: index out of range"
	if !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
	if strings.Contains(stderr, "could not be analyzed") {
		t.Errorf("the panic crashed the vet tool process:\n%s", stderr)
	}
	// One analyzer's panic on one package costs nothing else.
	if len(tree[handwritten]) == 0 {
		t.Errorf("nothing reported in %s after the panic in %s", handwritten, victim)
	}
	for name, v := range tree[victim] {
		if name != "panicky" {
			t.Errorf("%s: %s: %s, want only panicky's error", victim, name, v)
		}
	}
}

// assertNoCrash fails on a Go panic anywhere in the run: a vet tool
// process that died, or an analyzer panic that lintpass caught.
func assertNoCrash(t *testing.T, stderr string) {
	t.Helper()
	for _, sign := range []string{"panic: ", "panicked on package", "fatal error: ", "goroutine "} {
		if strings.Contains(stderr, sign) {
			t.Fatalf("crash (%q) in ssrlint's output:\n%s", sign, stderr)
		}
	}
}
