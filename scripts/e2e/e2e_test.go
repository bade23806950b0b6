package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/internal/findings"
	"github.com/ssrlint/ssrlint/internal/ssrlinttest"
)

// root is the repository root.
var root = mustAbs("../..")

func mustAbs(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		panic(err)
	}
	return abs
}

// requireE2E skips the test unless end-to-end tests were asked for.
func requireE2E(t *testing.T) {
	t.Helper()
	if os.Getenv("SSRLINT_E2E") == "" {
		t.Skip("end-to-end test; run scripts/e2e.sh (SSRLINT_E2E=1)")
	}
}

type result = ssrlinttest.Result

// run runs name with args in dir, with env added to the environment. A
// command that cannot start fails the test; a non-zero exit does not.
func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	return ssrlinttest.Run(t, dir, env, name, args...)
}

// mustRun is run for commands that must succeed.
func mustRun(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	res := run(t, dir, env, name, args...)
	if res.Code != 0 {
		t.Fatalf("%s %s in %s: %v", name, strings.Join(args, " "), dir, res)
	}
	return res
}

// buildSSRLint builds the ssrlint command from this working tree.
func buildSSRLint(t *testing.T) string { return ssrlinttest.Build(t) }

// exampleApp copies examples/blog into a temporary directory, with its
// replace pointing back to this checkout, so that a test can add files
// to it.
func exampleApp(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(root, "examples", "blog"))); err != nil {
		t.Fatal(err)
	}
	mustRun(t, dir, nil, "go", "mod", "edit", "-replace", "github.com/ssrlint/ssrlint="+root)
	return dir
}

// ssrlintFindings runs `ssrlint -json ./...` in dir and returns its
// findings; the run must succeed with or without findings.
func ssrlintFindings(t *testing.T, bin, dir string) []findings.Finding {
	t.Helper()
	res := run(t, dir, nil, bin, "-json", "./...")
	if res.Code != 0 && res.Code != 1 {
		t.Fatalf("ssrlint -json ./...: %v", res)
	}
	parsed, err := findings.Parse(strings.NewReader(res.Stdout))
	if err != nil {
		t.Fatalf("ssrlint -json output: %v\n%s", err, res.Stdout)
	}
	if len(parsed.Errors) > 0 {
		t.Fatalf("ssrlint reported tool errors: %+v", parsed.Errors)
	}
	return parsed.Findings
}

// hermeticFindings returns what a driver without the ssrlint command's
// route table (go vet -vettool, golangci-lint, nogo) reports of ssrlint's
// findings: the command hands selfapi the module's API route packages, so
// a request to a run-time host whose path only such a route package serves
// ("a route this module serves") is reported by the command alone unless
// the page imports that package (docs/monorepo.md). It fails the test when
// nothing is dropped: the example must show the difference it documents.
func hermeticFindings(t *testing.T, all []findings.Finding) []findings.Finding {
	t.Helper()
	var kept []findings.Finding
	for _, f := range all {
		if f.Analyzer == "selfapi" && strings.Contains(f.Message, "(a route this module serves)") {
			continue
		}
		kept = append(kept, f)
	}
	if len(kept) == len(all) {
		t.Fatal("no finding of the example app needs the command's route table; update hermeticFindings and docs/monorepo.md")
	}
	return kept
}

// relative returns file relative to dir, in slash form.
func relative(dir, file string) string {
	file = strings.TrimPrefix(file, "./")
	if filepath.IsAbs(file) {
		if rel, err := filepath.Rel(dir, file); err == nil {
			file = rel
		}
	}
	return filepath.ToSlash(file)
}

// sorted returns lines sorted without duplicates, for comparing the
// findings of two tools as sets.
func sorted(lines []string) []string {
	lines = slices.Clone(lines)
	slices.Sort(lines)
	return slices.Compact(lines)
}

// sameLines fails the test unless got and want hold the same lines.
func sameLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	got, want = sorted(got), sorted(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s differ from ssrlint's:\n got:\n\t%s\nwant:\n\t%s", what,
			strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
