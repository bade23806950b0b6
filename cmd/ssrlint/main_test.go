package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/internal/ssrlinttest"
)

// ssrlint is the binary under test, built once by TestMain.
var ssrlint string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "ssrlint-test")
	if err != nil {
		panic(err)
	}
	ssrlint = filepath.Join(dir, "ssrlint")
	if out, err := exec.Command("go", "build", "-o", ssrlint, ".").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs ssrlint in dir and returns stdout, stderr and the exit code.
func run(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	r := ssrlinttest.Run(t, dir, nil, ssrlint, args...)
	return r.Stdout, r.Stderr, r.Code
}

// module writes a module named example.com/m with files.
func module(t *testing.T, files map[string]string) string {
	return ssrlinttest.Module(t, "example.com/m", files)
}

const badPage = `package home

func getServerSideProps() (int, error) { return 0, nil }
`

const goodPage = `package home

func GetServerSideProps() (int, error) { return 0, nil }
`

func TestExampleApp(t *testing.T) {
	stdout, stderr, code := run(t, filepath.Join("..", "..", "examples", "blog"), "./...")
	if code != 1 {
		t.Fatalf("exit code %d, want 1 (findings); stderr:\n%s", code, stderr)
	}
	want := "pages/about/about.go:17:6: getServerSideProps looks like GetServerSideProps"
	if !strings.Contains(stdout, want) || !strings.Contains(stdout, "(propsfunc)") {
		t.Errorf("output lacks %q with the analyzer name:\n%s", want, stdout)
	}
}

func TestExitCodes(t *testing.T) {
	clean := module(t, map[string]string{"pages/home/home.go": goodPage})
	if out, errOut, code := run(t, clean, "./..."); code != 0 || out != "" {
		t.Errorf("clean module: exit %d, stdout %q, stderr %q; want 0 and nothing", code, out, errOut)
	}
	broken := module(t, map[string]string{"pages/home/home.go": "package home\n\nfunc F() int { return \"x\" }\n"})
	if _, errOut, code := run(t, broken, "./..."); code != 2 || !strings.Contains(errOut, "home.go:3") {
		t.Errorf("type error: exit %d, stderr %q; want 2 naming the file", code, errOut)
	}
	if _, errOut, code := run(t, clean, "-nosuchflag", "./..."); code != 2 || errOut == "" {
		t.Errorf("unknown flag: exit %d, stderr %q; want 2 with a message", code, errOut)
	}
}

func TestJSON(t *testing.T) {
	dir := module(t, map[string]string{"pages/home/home.go": badPage})
	stdout, stderr, code := run(t, dir, "-json", "./...")
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, stderr)
	}
	var tree map[string]map[string][]struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	}
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json output is not the package → analyzer tree: %v\n%s", err, stdout)
	}
	diags := tree["example.com/m/pages/home"]["propsfunc"]
	if len(diags) != 1 || !strings.HasSuffix(diags[0].Posn, "home.go:3:6") {
		t.Errorf("tree = %+v, want one propsfunc diagnostic at home.go:3:6", tree)
	}
}

func TestBrokenConfig(t *testing.T) {
	dir := module(t, map[string]string{
		"pages/home/home.go": goodPage,
		".ssrlint.yml":       "pages: [\"**/pages/**\"]\npagez: [x]\n",
	})
	_, stderr, code := run(t, dir, "./...")
	if code != 2 {
		t.Errorf("exit %d, want 2 (tool error)", code)
	}
	want := `.ssrlint.yml:2: key "pagez": unknown key (allowed: pages,`
	if !strings.Contains(stderr, want) || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("stderr = %q, want one line containing %q", stderr, want)
	}
}

func TestConfigChangeInvalidatesCache(t *testing.T) {
	dir := module(t, map[string]string{"web/home/home.go": badPage})
	if out, _, code := run(t, dir, "./..."); code != 0 {
		t.Fatalf("web/ is not a page by default: exit %d, %s", code, out)
	}
	if err := os.WriteFile(filepath.Join(dir, ".ssrlint.yml"), []byte("pages: [\"**/web/**\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, _, code := run(t, dir, "./..."); code != 1 || !strings.Contains(out, "getServerSideProps") {
		t.Errorf("after configuring web/ as pages: exit %d, output %q; want the finding (stale cache?)", code, out)
	}
}

func TestDisableAnalyzer(t *testing.T) {
	dir := module(t, map[string]string{"pages/home/home.go": badPage})
	if out, _, code := run(t, dir, "-propsfunc=false", "./..."); code != 0 || out != "" {
		t.Errorf("-propsfunc=false: exit %d, output %q; want clean", code, out)
	}
	if out, _, code := run(t, dir, "-settings", `{"disable": ["propsfunc"]}`, "./..."); code != 0 || out != "" {
		t.Errorf("-settings disable: exit %d, output %q; want clean", code, out)
	}
}

// TestRelativeAnalyzerConfig: a -NAME.config file named relative to the
// working directory is found, though each unit runs in its package's
// directory.
func TestRelativeAnalyzerConfig(t *testing.T) {
	dir := module(t, map[string]string{
		"pages/home/home.go": badPage,
		"lint/ssrlint.yml":   "disable: [propsfunc]\n",
	})
	if out, stderr, code := run(t, dir, "-propsfunc.config=lint/ssrlint.yml", "./..."); code != 0 || out != "" {
		t.Errorf("-propsfunc.config=lint/ssrlint.yml: exit %d, output %q, stderr %q; want clean", code, out, stderr)
	}
}

func TestExplain(t *testing.T) {
	stdout, _, code := run(t, ".", "-explain", "propsfunc")
	if code != 0 || !strings.Contains(stdout, "can only be exported from a page") {
		t.Errorf("-explain propsfunc: exit %d, output %q", code, stdout)
	}
	if _, stderr, code := run(t, ".", "-explain", "nosuch"); code != 2 || !strings.Contains(stderr, "no such analyzer") {
		t.Errorf("-explain nosuch: exit %d, stderr %q", code, stderr)
	}
}

func TestFixAndDiff(t *testing.T) {
	const typo = `package home

import (
	"context"
	"net/http"
)

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (int, error) {
	w.Header().Set("Cache-Control", "public, s-max-age=10")
	return 0, nil
}
`
	dir := module(t, map[string]string{"pages/home/home.go": typo})
	stdout, stderr, code := run(t, dir, "-diff", "./...")
	if code != 1 || !strings.Contains(stdout, `+	w.Header().Set("Cache-Control", "public, s-maxage=10")`) {
		t.Fatalf("-diff: exit %d, stdout %q, stderr %q; want 1 and the fix as a diff", code, stdout, stderr)
	}
	if _, stderr, code := run(t, dir, "-fix", "./..."); code != 0 {
		t.Fatalf("-fix: exit %d, stderr %q", code, stderr)
	}
	fixed, err := os.ReadFile(filepath.Join(dir, "pages", "home", "home.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(fixed), `"public, s-maxage=10"`) {
		t.Errorf("-fix left:\n%s", fixed)
	}
	if out, _, code := run(t, dir, "./..."); code != 0 {
		t.Errorf("after -fix: exit %d, findings %q; want clean", code, out)
	}
}
