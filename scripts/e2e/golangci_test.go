package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ssrlint/ssrlint/internal/findings"
)

// TestGolangciLintPlugin builds golangci-lint with the module plugin, as
// `golangci-lint custom` would (scripts/build-golangci-lint.sh), and runs
// it on the example app.
func TestGolangciLintPlugin(t *testing.T) {
	requireE2E(t)
	start := time.Now()
	gcl := filepath.Join(t.TempDir(), "golangci-lint")
	mustRun(t, root, nil, "bash", filepath.Join(root, "scripts", "build-golangci-lint.sh"), gcl)
	t.Logf("built golangci-lint with the plugin in %s", time.Since(start).Round(time.Second))

	dir := exampleApp(t)
	want := hermeticFindings(t, ssrlintFindings(t, buildSSRLint(t), dir))
	if len(want) == 0 {
		t.Fatal("ssrlint found nothing in the example app; the comparison would prove nothing")
	}

	t.Run("findings appear under ssrlint", func(t *testing.T) {
		issues := golangciIssues(t, gcl, dir, "")
		for _, is := range issues {
			if is.FromLinter != "ssrlint" {
				t.Errorf("issue from linter %q, want ssrlint: %+v", is.FromLinter, is)
			}
		}
		sameLines(t, "golangci-lint's findings", issueLines(dir, issues), findingLines(dir, want))
	})

	t.Run("nolint:ssrlint is honoured", func(t *testing.T) {
		app := exampleApp(t)
		silenced := addNolint(t, dir, app, want)
		issues := golangciIssues(t, gcl, app, "")
		var rest []findings.Finding
		for _, f := range want {
			if f.Pos != silenced.Pos {
				rest = append(rest, f)
			}
		}
		sameLines(t, "golangci-lint's findings after //nolint:ssrlint", issueLines(app, issues), findingLines(dir, rest))
	})

	t.Run("settings disable an analyzer", func(t *testing.T) {
		disabled := want[0].Analyzer
		issues := golangciIssues(t, gcl, dir, fmt.Sprintf("disable: [%s]", disabled))
		var rest []findings.Finding
		for _, f := range want {
			if f.Analyzer != disabled {
				rest = append(rest, f)
			}
		}
		sameLines(t, "golangci-lint's findings with "+disabled+" disabled", issueLines(dir, issues), findingLines(dir, rest))
	})

	t.Run("bad settings are a clear error", func(t *testing.T) {
		writeGolangciConfig(t, dir, `api-prefixes: ["api"]`)
		res := run(t, dir, []string{"GOLANGCI_LINT_CACHE=" + t.TempDir()}, gcl, "run", "./...")
		msg := `linters.settings.custom.ssrlint.settings: key "api-prefixes": prefix "api" does not start with /; want a list of URL path prefixes starting with /`
		if res.Code != 3 || !strings.Contains(res.Stderr, msg) {
			t.Errorf("want exit 3 and %q, got %v", msg, res)
		}
	})
	t.Logf("total %s", time.Since(start).Round(time.Second))
}

// issue is a golangci-lint issue in its JSON output.
type issue struct {
	FromLinter string
	Text       string
	Pos        struct {
		Filename     string
		Line, Column int
	}
}

// golangciIssues writes a .golangci.yml enabling only ssrlint with
// settings (YAML, indented by the caller's nesting) into dir, runs
// golangci-lint there with a fresh cache and returns the issues.
func golangciIssues(t *testing.T, gcl, dir, settings string) []issue {
	t.Helper()
	writeGolangciConfig(t, dir, settings)
	out := filepath.Join(t.TempDir(), "issues.json")
	res := run(t, dir, []string{"GOLANGCI_LINT_CACHE=" + t.TempDir()}, gcl, "run", "--output.json.path="+out, "./...")
	if res.Code != 0 && res.Code != 1 {
		t.Fatalf("golangci-lint run: %v", res)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var report struct{ Issues []issue }
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatalf("golangci-lint JSON output: %v\n%s", err, data)
	}
	if wantCode := min(len(report.Issues), 1); res.Code != wantCode {
		t.Errorf("golangci-lint exit %d with %d issues", res.Code, len(report.Issues))
	}
	return report.Issues
}

// writeGolangciConfig writes the .golangci.yml of docs/golangci-lint.md,
// with settings as the plugin's settings.
func writeGolangciConfig(t *testing.T, dir, settings string) {
	t.Helper()
	block := "        settings: {}\n"
	if settings != "" {
		block = "        settings:\n          " + settings + "\n"
	}
	cfg := `version: "2"
linters:
  default: none
  enable: [ssrlint]
  settings:
    custom:
      ssrlint:
        type: module
        description: Rules of server-side props functions
` + block + `issues:
  max-issues-per-linter: 0
  max-same-issues: 0
`
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
}

// issueLines formats golangci-lint issues as "file:line:col: text".
func issueLines(dir string, issues []issue) []string {
	var lines []string
	for _, is := range issues {
		lines = append(lines, fmt.Sprintf("%s:%d:%d: %s", relative(dir, is.Pos.Filename), is.Pos.Line, is.Pos.Column, is.Text))
	}
	return lines
}

// findingLines formats ssrlint findings the way golangci-lint shows a
// plugin's diagnostics: the analyzer name before the message, and each
// related location as an issue of its own.
func findingLines(dir string, list []findings.Finding) []string {
	var lines []string
	for _, f := range list {
		lines = append(lines, fmt.Sprintf("%s:%d:%d: %s: %s", relative(dir, f.Pos.File), f.Pos.Line, f.Pos.Col, f.Analyzer, f.Message))
		for _, r := range f.Related {
			lines = append(lines, fmt.Sprintf("%s:%d:%d: %s(related information): %s", relative(dir, r.Pos.File), r.Pos.Line, r.Pos.Col, f.Analyzer, r.Message))
		}
	}
	return lines
}

// addNolint appends //nolint:ssrlint, in the copy of the app in dst, to
// the line of the first finding (found in the copy in src) whose line has
// no comment yet, and returns that finding.
func addNolint(t *testing.T, src, dst string, list []findings.Finding) findings.Finding {
	t.Helper()
	for _, f := range list {
		path := filepath.Join(dst, relative(src, f.Pos.File))
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		if strings.Contains(lines[f.Pos.Line-1], "//") {
			continue
		}
		lines[f.Pos.Line-1] += " //nolint:ssrlint // silenced by the end-to-end test"
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		return f
	}
	t.Fatal("every finding's line already holds a comment; cannot add //nolint:ssrlint")
	return findings.Finding{}
}
