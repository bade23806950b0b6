package e2e

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/internal/findings"
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

// result is what a command printed and its exit code.
type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// run runs name with args in dir, with env added to the environment. A
// command that cannot start fails the test; a non-zero exit does not.
func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		res.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return res
}

// mustRun is run for commands that must succeed.
func mustRun(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	res := run(t, dir, env, name, args...)
	if res.code != 0 {
		t.Fatalf("%s %s in %s: %v", name, strings.Join(args, " "), dir, res)
	}
	return res
}

// buildSSRLint builds the ssrlint command from this working tree.
func buildSSRLint(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "ssrlint")
	mustRun(t, root, nil, "go", "build", "-o", bin, "./cmd/ssrlint")
	return bin
}

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
	if res.code != 0 && res.code != 1 {
		t.Fatalf("ssrlint -json ./...: %v", res)
	}
	parsed, err := findings.Parse(strings.NewReader(res.stdout))
	if err != nil {
		t.Fatalf("ssrlint -json output: %v\n%s", err, res.stdout)
	}
	if len(parsed.Errors) > 0 {
		t.Fatalf("ssrlint reported tool errors: %+v", parsed.Errors)
	}
	return parsed.Findings
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
