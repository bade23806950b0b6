package sarifout

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ssrlint/ssrlint/internal/findings"
	"github.com/ssrlint/ssrlint/internal/sarifout/sarifschema"
	"golang.org/x/tools/go/analysis"
)

var testAnalyzers = []*analysis.Analyzer{
	{Name: "propsfunc", Doc: "propsfunc: props functions are exported\n\nLonger text.", URL: "https://example.com/propsfunc"},
	{Name: "nodoc", Doc: "nodoc: title only"},
}

// sarifLog is the part of a SARIF log the tests look at.
type sarifLog struct {
	Runs []struct {
		OriginalURIBaseIDs map[string]struct {
			URI string `json:"uri"`
		} `json:"originalUriBaseIds"`
		Tool struct {
			Driver struct {
				Rules []struct {
					ID               string `json:"id"`
					HelpURI          string `json:"helpUri"`
					ShortDescription struct{ Text string }
					FullDescription  struct{ Text string }
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful        bool `json:"executionSuccessful"`
			ToolExecutionNotifications []struct {
				Message struct{ Text string }
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []struct {
			RuleID           string `json:"ruleId"`
			RuleIndex        int    `json:"ruleIndex"`
			Message          struct{ Text string }
			Locations        []location `json:"locations"`
			RelatedLocations []location `json:"relatedLocations"`
		} `json:"results"`
	} `json:"runs"`
}

type location struct {
	ID               int `json:"id"`
	Message          struct{ Text string }
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI       string `json:"uri"`
			URIBaseID string `json:"uriBaseId"`
		} `json:"artifactLocation"`
		Region struct {
			StartLine   int `json:"startLine"`
			StartColumn int `json:"startColumn"`
			EndLine     int `json:"endLine"`
			EndColumn   int `json:"endColumn"`
		} `json:"region"`
	} `json:"physicalLocation"`
}

func write(t *testing.T, res *findings.Result, root string) sarifLog {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, res, testAnalyzers, root); err != nil {
		t.Fatal(err)
	}
	if err := sarifschema.Validate(buf.Bytes()); err != nil {
		t.Fatalf("output does not validate against the SARIF 2.1.0 schema: %v\n%s", err, buf.Bytes())
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("got %d runs, want 1", len(log.Runs))
	}
	return log
}

func testRoot(t *testing.T) string {
	root, err := filepath.Abs(filepath.Join("testdata", "src"))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func TestRules(t *testing.T) {
	log := write(t, &findings.Result{}, testRoot(t))
	rules := log.Runs[0].Tool.Driver.Rules
	if len(rules) != 2 {
		t.Fatalf("got %d rules, want one per analyzer", len(rules))
	}
	r := rules[0]
	if r.ID != "propsfunc" || r.HelpURI != "https://example.com/propsfunc" ||
		r.ShortDescription.Text != "props functions are exported" || r.FullDescription.Text != "Longer text." {
		t.Errorf("rule 0 = %+v", r)
	}
	if r := rules[1]; r.HelpURI != "" || r.FullDescription.Text != "title only" {
		t.Errorf("rule without URL or body = %+v", r)
	}
	if !log.Runs[0].Invocations[0].ExecutionSuccessful {
		t.Errorf("executionSuccessful = false for a run without errors")
	}
}

func TestResultLocations(t *testing.T) {
	root := testRoot(t)
	file := filepath.Join(root, "pages", "home", "home.go")
	// In the line `func getServerSideProps() (int, error) { return len("héllo 🙂"), nil }`
	// byte column 66 is the `)` after the string: é is 2 bytes and 1
	// UTF-16 unit, 🙂 is 4 bytes and 2 units.
	res := &findings.Result{Findings: []findings.Finding{{
		Analyzer: "nodoc",
		Pos:      findings.Position{File: file, Line: 3, Col: 6},
		End:      findings.Position{File: file, Line: 3, Col: 66},
		Message:  "m",
		Related: []findings.Related{
			{Pos: findings.Position{File: file, Line: 3, Col: 1}, Message: "step 1"},
			{Pos: findings.Position{File: "/elsewhere/x y.go", Line: 2, Col: 3}, Message: "step 2"},
		},
	}}}
	log := write(t, res, root)
	results := log.Runs[0].Results
	if len(results) != 1 {
		t.Fatalf("got %d results, want 1", len(results))
	}
	got := results[0]
	if got.RuleID != "nodoc" || got.RuleIndex != 1 || got.Message.Text != "m" {
		t.Errorf("result = %+v", got)
	}
	loc := got.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "pages/home/home.go" || loc.ArtifactLocation.URIBaseID != SrcRoot {
		t.Errorf("artifact = %+v, want pages/home/home.go relative to %s", loc.ArtifactLocation, SrcRoot)
	}
	if r := loc.Region; r.StartLine != 3 || r.StartColumn != 6 || r.EndLine != 3 || r.EndColumn != 63 {
		t.Errorf("region = %+v, want 3:6-3:63 in UTF-16 columns", r)
	}
	if len(got.RelatedLocations) != 2 {
		t.Fatalf("got %d related locations, want 2", len(got.RelatedLocations))
	}
	step1, step2 := got.RelatedLocations[0], got.RelatedLocations[1]
	if step1.ID != 1 || step1.Message.Text != "step 1" || step1.PhysicalLocation.Region.StartLine != 3 {
		t.Errorf("related 1 = %+v", step1)
	}
	if a := step2.PhysicalLocation.ArtifactLocation; a.URI != "file:///elsewhere/x%20y.go" || a.URIBaseID != "" {
		t.Errorf("a file outside the root = %+v, want an absolute file URI", a)
	}
	if base := log.Runs[0].OriginalURIBaseIDs[SrcRoot].URI; base != dirURI(root) || base[len(base)-1] != '/' {
		t.Errorf("%s = %q, want %q", SrcRoot, base, dirURI(root))
	}
}

func TestToolErrors(t *testing.T) {
	res := &findings.Result{Errors: []findings.ToolError{{Package: "example.com/x", Analyzer: "propsfunc", Err: "boom\n"}}}
	inv := write(t, res, testRoot(t)).Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 ||
		inv.ToolExecutionNotifications[0].Message.Text != "example.com/x: propsfunc: boom" {
		t.Errorf("invocation = %+v", inv)
	}
}

func TestSchemaRejectsInvalid(t *testing.T) {
	// The validation above would pass vacuously if the schema accepted anything.
	if err := sarifschema.Validate([]byte(`{"version": "2.1.0", "runs": [{"results": []}]}`)); err == nil {
		t.Error("a run without a tool validated")
	}
}

func TestUTF16Column(t *testing.T) {
	c := newColumns("/")
	c.files["f"] = []byte("a\n\té🙂x\n")
	for _, tc := range []struct{ line, col, want int }{
		{1, 1, 1},
		{2, 2, 2},   // after the tab
		{2, 4, 3},   // after é
		{2, 8, 5},   // after 🙂
		{2, 99, 99}, // beyond the line: unchanged
		{9, 3, 3},   // beyond the file: unchanged
		{0, 3, 3},
	} {
		if got := c.utf16("f", tc.line, tc.col); got != tc.want {
			t.Errorf("utf16(%d:%d) = %d, want %d", tc.line, tc.col, got, tc.want)
		}
	}
}

// TestUTF16ColumnReadsOnlyRegularFilesUnderRoot: a //line directive can
// make a finding's position name any file; reading /dev/zero for its
// columns would never end, and a file outside the repository is none of
// the report's business.
func TestUTF16ColumnReadsOnlyRegularFilesUnderRoot(t *testing.T) {
	root, outside := t.TempDir(), t.TempDir()
	for _, dir := range []string{root, outside} {
		if err := os.WriteFile(filepath.Join(dir, "f.go"), []byte("é!\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan [3]int, 1)
	go func() {
		c := newColumns(root)
		done <- [3]int{c.utf16(filepath.Join(root, "f.go"), 1, 3), c.utf16(filepath.Join(outside, "f.go"), 1, 3), c.utf16("/dev/zero", 1, 3)}
	}()
	select {
	case got := <-done:
		if got != [3]int{2, 3, 3} {
			t.Errorf("columns in root, outside, device = %v, want 2 (converted), 3, 3 (unchanged)", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("utf16 hangs")
	}
}
