package cli_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/internal/sarifout/sarifschema"
)

// These tests run the real ssrlint command, built from cmd/ssrlint, on
// temporary modules and on the example app.

func buildSSRLint(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the ssrlint binary")
	}
	bin := filepath.Join(t.TempDir(), "ssrlint")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/ssrlint/ssrlint/cmd/ssrlint").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

type result struct {
	stdout, stderr string
	code           int
}

func run(t *testing.T, bin, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("running ssrlint: %v", err)
	}
	return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
}

// writeFiles writes files (slash path → content) below dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// module returns a temporary module example.com/x, outside any git work
// tree, with files.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/x\n\ngo 1.26\n"
	writeFiles(t, dir, files)
	return dir
}

const pageA = `package a

func getServerSideProps() (int, error) { return 0, nil }
`

// pageAEdited has a line above the old finding and a new violation.
const pageAEdited = `package a

// GetStaticProps is meant, the next finding will say.

func getServerSideProps() (int, error) { return 0, nil }

func getStaticProps() (int, error) { return 0, nil }
`

func TestBaseline(t *testing.T) {
	bin := buildSSRLint(t)
	dir := module(t, map[string]string{"pages/a/a.go": pageA})

	r := run(t, bin, dir, "-baseline-write", ".ssrlint-baseline.json", "./...")
	if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "recorded 1 finding") {
		t.Fatalf("-baseline-write: exit %d, stdout %q, stderr %q; want 0, nothing, and the count", r.code, r.stdout, r.stderr)
	}
	r = run(t, bin, dir, "-baseline", ".ssrlint-baseline.json", "./...")
	if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "0 new findings, 1 known finding hidden") {
		t.Fatalf("-baseline, unchanged: exit %d, stdout %q, stderr %q; want clean", r.code, r.stdout, r.stderr)
	}

	writeFiles(t, dir, map[string]string{"pages/a/a.go": pageAEdited})
	r = run(t, bin, dir, "-baseline", ".ssrlint-baseline.json", "./...")
	if r.code != 1 {
		t.Fatalf("-baseline after the edit: exit %d, want 1; stderr %q", r.code, r.stderr)
	}
	want := filepath.FromSlash("pages/a/a.go") + ":7:6: getStaticProps looks like GetStaticProps"
	if lines := strings.Split(strings.TrimSpace(r.stdout), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], want) {
		t.Errorf("-baseline after the edit reported:\n%s\nwant only the new finding %q", r.stdout, want)
	}
	if !strings.Contains(r.stderr, "1 new finding, 1 known finding hidden\n") {
		t.Errorf("summary = %q", r.stderr)
	}
	if all := run(t, bin, dir, "./..."); strings.Count(all.stdout, "\n") != 2 {
		t.Errorf("without -baseline, want both findings:\n%s", all.stdout)
	}

	// Fixing the old finding leaves its entry stale.
	writeFiles(t, dir, map[string]string{"pages/a/a.go": "package a\n\nfunc getStaticProps() (int, error) { return 0, nil }\n"})
	r = run(t, bin, dir, "-baseline", ".ssrlint-baseline.json", "./...")
	if r.code != 1 || !strings.Contains(r.stderr, "1 new finding, 0 known findings hidden, 1 stale entry no longer found") {
		t.Errorf("after fixing the old finding: exit %d, stderr %q; want the stale entry counted", r.code, r.stderr)
	}
}

func TestBaselineErrors(t *testing.T) {
	bin := buildSSRLint(t)
	dir := module(t, map[string]string{"pages/a/a.go": pageA, "bad.json": `{"version": 7, "findings": []}`})
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-baseline", "missing.json"}, "-baseline: open missing.json"},
		{[]string{"-baseline", "bad.json"}, "-baseline bad.json: baseline format version 7"},
		{[]string{"-baseline", "x", "-baseline-write", "y"}, "use one"},
		{[]string{"-fix", "-baseline-write", "y"}, "cannot be combined"},
	} {
		r := run(t, bin, dir, append(tc.args, "./...")...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, r.code, r.stderr, tc.want)
		}
	}

	broken := module(t, map[string]string{"pages/a/a.go": pageA, "pages/b/b.go": "package b\n\nvar x int = \"s\"\n"})
	r := run(t, bin, broken, "-baseline-write", "base.json", "./...")
	if r.code != 2 || !strings.Contains(r.stderr, "not written: the analysis failed") {
		t.Errorf("-baseline-write with a type error: exit %d, stderr %q; want 2", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(broken, "base.json")); err == nil {
		t.Error("a failed analysis wrote a baseline")
	}
}

func TestSARIFExampleApp(t *testing.T) {
	bin := buildSSRLint(t)
	app, err := filepath.Abs(filepath.Join("..", "..", "examples", "blog"))
	if err != nil {
		t.Fatal(err)
	}
	r := run(t, bin, app, "-format", "sarif", "./...")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1 (the example app has findings); stderr %q", r.code, r.stderr)
	}
	if err := sarifschema.Validate([]byte(r.stdout)); err != nil {
		t.Fatalf("SARIF of the example app does not validate against the 2.1.0 schema: %v", err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	// The example app is inside this repository: paths start at its root.
	found := false
	for _, res := range log.Runs[0].Results {
		loc := res.Locations[0].PhysicalLocation.ArtifactLocation
		if !strings.HasPrefix(loc.URI, "examples/blog/") || loc.URIBaseID != "%SRCROOT%" {
			t.Errorf("result location %+v, want a path from the repository root", loc)
		}
		found = found || res.RuleID == "propsfunc" && loc.URI == "examples/blog/pages/about/about.go"
	}
	if !found {
		t.Errorf("no propsfunc result in examples/blog/pages/about/about.go:\n%s", r.stdout)
	}
}

func TestGitHubFromSubdirectory(t *testing.T) {
	bin := buildSSRLint(t)
	dir := module(t, map[string]string{"pages/a/a.go": pageA})
	r := run(t, bin, filepath.Join(dir, "pages"), "-format", "github", "./...")
	want := "::error file=pages/a/a.go,line=3,col=6,title=ssrlint propsfunc::getServerSideProps looks like"
	if r.code != 1 || !strings.HasPrefix(r.stdout, want) {
		t.Errorf("exit %d, output %q; want 1 and an annotation with the path from the module root:\n%s", r.code, r.stdout, want)
	}
}
