package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/internal/sarifout/sarifschema"
	"github.com/ssrlint/ssrlint/internal/ssrlinttest"
)

// These tests run the real ssrlint command, built from cmd/ssrlint, on
// temporary modules and on the example app.

func buildSSRLint(t *testing.T) string { return ssrlinttest.Build(t) }

type result = ssrlinttest.Result

func run(t *testing.T, bin, dir string, args ...string) result {
	t.Helper()
	return ssrlinttest.Run(t, dir, nil, bin, args...)
}

var writeFiles = ssrlinttest.WriteFiles

// module returns a temporary module example.com/x with files.
func module(t *testing.T, files map[string]string) string {
	return ssrlinttest.Module(t, "example.com/x", files)
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
	if r.Code != 0 || r.Stdout != "" || !strings.Contains(r.Stderr, "recorded 1 finding") {
		t.Fatalf("-baseline-write: exit %d, stdout %q, stderr %q; want 0, nothing, and the count", r.Code, r.Stdout, r.Stderr)
	}
	r = run(t, bin, dir, "-baseline", ".ssrlint-baseline.json", "./...")
	if r.Code != 0 || r.Stdout != "" || !strings.Contains(r.Stderr, "0 new findings, 1 known finding hidden") {
		t.Fatalf("-baseline, unchanged: exit %d, stdout %q, stderr %q; want clean", r.Code, r.Stdout, r.Stderr)
	}

	writeFiles(t, dir, map[string]string{"pages/a/a.go": pageAEdited})
	r = run(t, bin, dir, "-baseline", ".ssrlint-baseline.json", "./...")
	if r.Code != 1 {
		t.Fatalf("-baseline after the edit: exit %d, want 1; stderr %q", r.Code, r.Stderr)
	}
	want := filepath.FromSlash("pages/a/a.go") + ":7:6: getStaticProps looks like GetStaticProps"
	if lines := strings.Split(strings.TrimSpace(r.Stdout), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], want) {
		t.Errorf("-baseline after the edit reported:\n%s\nwant only the new finding %q", r.Stdout, want)
	}
	if !strings.Contains(r.Stderr, "1 new finding, 1 known finding hidden\n") {
		t.Errorf("summary = %q", r.Stderr)
	}
	if all := run(t, bin, dir, "./..."); strings.Count(all.Stdout, "\n") != 2 {
		t.Errorf("without -baseline, want both findings:\n%s", all.Stdout)
	}

	// Fixing the old finding leaves its entry stale.
	writeFiles(t, dir, map[string]string{"pages/a/a.go": "package a\n\nfunc getStaticProps() (int, error) { return 0, nil }\n"})
	r = run(t, bin, dir, "-baseline", ".ssrlint-baseline.json", "./...")
	if r.Code != 1 || !strings.Contains(r.Stderr, "1 new finding, 0 known findings hidden, 1 stale entry no longer found") {
		t.Errorf("after fixing the old finding: exit %d, stderr %q; want the stale entry counted", r.Code, r.Stderr)
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
		if r.Code != 2 || !strings.Contains(r.Stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, r.Code, r.Stderr, tc.want)
		}
	}

	broken := module(t, map[string]string{"pages/a/a.go": pageA, "pages/b/b.go": "package b\n\nvar x int = \"s\"\n"})
	r := run(t, bin, broken, "-baseline-write", "base.json", "./...")
	if r.Code != 2 || !strings.Contains(r.Stderr, "not written: the analysis failed") {
		t.Errorf("-baseline-write with a type error: exit %d, stderr %q; want 2", r.Code, r.Stderr)
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
	if r.Code != 1 {
		t.Fatalf("exit %d, want 1 (the example app has findings); stderr %q", r.Code, r.Stderr)
	}
	if err := sarifschema.Validate([]byte(r.Stdout)); err != nil {
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
	if err := json.Unmarshal([]byte(r.Stdout), &log); err != nil {
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
		t.Errorf("no propsfunc result in examples/blog/pages/about/about.go:\n%s", r.Stdout)
	}
}

func TestGitHubFromSubdirectory(t *testing.T) {
	bin := buildSSRLint(t)
	dir := module(t, map[string]string{"pages/a/a.go": pageA})
	r := run(t, bin, filepath.Join(dir, "pages"), "-format", "github", "./...")
	want := "::error file=pages/a/a.go,line=3,col=6,title=ssrlint propsfunc::getServerSideProps looks like"
	if r.Code != 1 || !strings.HasPrefix(r.Stdout, want) {
		t.Errorf("exit %d, output %q; want 1 and an annotation with the path from the module root:\n%s", r.Code, r.Stdout, want)
	}
}
