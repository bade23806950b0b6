package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/internal/findings"
	"github.com/ssrlint/ssrlint/internal/sarifout/sarifschema"
	"github.com/ssrlint/ssrlint/internal/ssrlinttest"
	"golang.org/x/tools/go/analysis"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files")

var reportAnalyzers = []*analysis.Analyzer{
	{Name: "propsfunc", Doc: "propsfunc: props functions are exported standalone functions of page packages\n\nThe renderer only calls them.", URL: "https://github.com/ssrlint/ssrlint/blob/main/docs/rules/propsfunc.md"},
	{Name: "chain", Doc: "chain: a rule whose findings have steps"},
}

// fixedResult is a result with a plain finding, one with a chain into
// another file, a message that needs escaping in workflow commands, and a
// tool error.
func fixedResult(root string) *findings.Result {
	home := filepath.Join(root, "pages", "home", "home.go")
	lib := filepath.Join(root, "lib", "lib.go")
	pos := func(file string, line, col int) findings.Position {
		return findings.Position{File: file, Line: line, Col: col}
	}
	list := []findings.Finding{
		{
			Analyzer: "propsfunc", Package: "example.com/app/pages/home",
			Pos: pos(home, 5, 6), End: pos(home, 5, 24),
			Message: "getServerSideProps looks like GetServerSideProps but is not named GetServerSideProps, so the renderer never calls it; rename it to GetServerSideProps",
		},
		{
			Analyzer: "chain", Package: "example.com/app/pages/home",
			Pos: pos(home, 5, 49), End: pos(home, 5, 59),
			Message: "100% of lib.Load, a value:\nover two lines",
			Related: []findings.Related{{Pos: pos(lib, 4, 6), Message: "Load returns it"}},
		},
		{
			Analyzer: "propsfunc", Package: "example.com/app/pages/home",
			Pos: pos(home, 8, 2), End: pos(home, 8, 20),
			Message: "GetServerSideProps is a field of Page: the renderer only calls a standalone function, not a property of the page component; declare func GetServerSideProps at top level",
		},
	}
	for i, f := range list {
		raw, err := json.Marshal(map[string]any{"posn": f.Pos.String(), "end": f.End.String(), "message": f.Message})
		if err != nil {
			panic(err)
		}
		list[i].Raw = raw
	}
	return &findings.Result{
		Findings: list,
		Errors:   []findings.ToolError{{Package: "example.com/app/broken", Analyzer: "propsfunc", Err: "broken.go:3:1: undefined: x"}},
	}
}

func TestReportGolden(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("testdata", "src"))
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "json", "sarif", "github"} {
		t.Run(format, func(t *testing.T) {
			var stdout bytes.Buffer
			r := runner{opts: &options{format: format}, analyzers: reportAnalyzers, stdout: &stdout, stderr: os.Stderr, srcRoot: root}
			code, err := r.report(fixedResult(root))
			if err != nil || code != ExitFindings {
				t.Fatalf("report = %d, %v; want %d", code, err, ExitFindings)
			}
			if format == "sarif" {
				if err := sarifschema.Validate(stdout.Bytes()); err != nil {
					t.Errorf("not valid SARIF 2.1.0: %v", err)
				}
			}
			// The golden files do not depend on where the repository is.
			got := strings.ReplaceAll(stdout.String(), filepath.ToSlash(root), "$ROOT")
			golden(t, filepath.Join("testdata", "report."+format+".golden"), got)
		})
	}
}

func TestReportClean(t *testing.T) {
	for _, format := range []string{"text", "json", "sarif", "github"} {
		var stdout bytes.Buffer
		r := runner{opts: &options{format: format}, analyzers: reportAnalyzers, stdout: &stdout, srcRoot: t.TempDir()}
		if code, err := r.report(&findings.Result{}); code != ExitClean || err != nil {
			t.Errorf("%s: report of nothing = %d, %v; want %d", format, code, err, ExitClean)
		}
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	ssrlinttest.Golden(t, path, got, *update)
}

func TestEscapeProperty(t *testing.T) {
	if got, want := escapeProperty("a,b:c%d\ne"), "a%2Cb%3Ac%25d%0Ae"; got != want {
		t.Errorf("escapeProperty = %q, want %q", got, want)
	}
}
