package e2e

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestGoVetMatchesSSRLint runs `go vet -vettool=<ssrlint> ./...` on the
// example app the way users do, with plain output, and checks that it
// reports exactly what `ssrlint ./...` reports, related locations
// included, except what needs the command's route table (hermeticFindings).
func TestGoVetMatchesSSRLint(t *testing.T) {
	requireE2E(t)
	start := time.Now()
	bin := buildSSRLint(t)
	dir := exampleApp(t)

	var want []string
	for _, f := range hermeticFindings(t, ssrlintFindings(t, bin, dir)) {
		want = append(want, vetLine(relative(dir, f.Pos.File), f.Pos.Line, f.Pos.Col, f.Message))
		for _, r := range f.Related {
			want = append(want, vetLine(relative(dir, r.Pos.File), r.Pos.Line, r.Pos.Col, "\t"+r.Message))
		}
	}
	if !slices.ContainsFunc(want, func(line string) bool { return strings.Contains(line, "(server-only: page with GetStaticProps)") }) {
		t.Fatalf("no finding of the example app rests on a fact of another package (a client importing a page); the comparison would not cover facts:\n%s", strings.Join(want, "\n"))
	}

	res := run(t, dir, nil, "go", "vet", "-vettool="+bin, "./...")
	if res.Code != 1 {
		t.Fatalf("go vet -vettool: want exit 1 (findings), got %v", res)
	}
	sameLines(t, "go vet's findings", parseVet(t, dir, res.Stderr), want)
	t.Logf("go vet -vettool and ssrlint agree on %d lines (%s)", len(want), time.Since(start).Round(time.Millisecond))
}

// vetLine formats a diagnostic as go vet prints it.
func vetLine(file string, line, col int, message string) string {
	return fmt.Sprintf("%s:%d:%d: %s", file, line, col, message)
}

// vetPosLine is a line of go vet's plain output: "file:line:col: message",
// related locations having a message that starts with a tab.
var vetPosLine = regexp.MustCompile(`^(.+?):(\d+):(\d+): (.*)$`)

// parseVet returns the diagnostic lines of go vet's output, files
// relative to dir; package headers ("# example.com/...") are skipped and
// anything else fails the test.
func parseVet(t *testing.T, dir, out string) []string {
	t.Helper()
	var lines []string
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if strings.HasPrefix(line, "# ") {
			continue
		}
		m := vetPosLine.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("unexpected go vet output line %q in:\n%s", line, out)
		}
		lines = append(lines, relative(dir, m[1])+":"+m[2]+":"+m[3]+": "+m[4])
	}
	return lines
}
