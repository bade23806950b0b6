package main_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ssrlint/ssrlint/internal/ssrlinttest"
)

// Odd but legal command lines and environments.

// TestBadFlagValue: an analyzer flag's value is checked once, by the
// driver, not once per package by the vet tool.
func TestBadFlagValue(t *testing.T) {
	dir := module(t, map[string]string{"pages/home/home.go": goodPage, "lib/lib.go": "package lib\n"})
	_, stderr, code := run(t, dir, "-selfapi=maybe", "./...")
	if code != 2 || strings.Count(stderr, `invalid boolean value "maybe" for -selfapi`) != 1 || strings.Count(stderr, "Usage:") > 1 {
		t.Errorf("exit %d, stderr:\n%s\nwant 2 and one error", code, stderr)
	}
	_, stderr, code = run(t, dir, "-selfapi.settings=pages: [", "./...")
	if code != 2 || strings.Count(stderr, "ssrlint") != 1 {
		t.Errorf("broken -selfapi.settings: exit %d, stderr:\n%s\nwant 2 and one error", code, stderr)
	}
}

// TestArgumentsAfterDashDashArePackages: after --, an argument that looks
// like a go flag is a (malformed) package path, never a flag of go list.
func TestArgumentsAfterDashDashArePackages(t *testing.T) {
	dir := module(t, map[string]string{"pages/home/home.go": goodPage})
	marker := filepath.Join(t.TempDir(), "ran")
	tool := filepath.Join(t.TempDir(), "toolexec")
	if err := os.WriteFile(tool, []byte("#!/bin/sh\ntouch "+marker+"\nexec \"$@\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, dir, "--", "-toolexec="+tool)
	if _, err := os.Stat(marker); err == nil {
		t.Fatal("an argument after -- reached go as -toolexec")
	}
	if code != 2 || !strings.Contains(stderr, `malformed import path "-toolexec=`) {
		t.Errorf("exit %d, stderr:\n%s\nwant 2 naming the bad package path", code, stderr)
	}
}

// TestListErrorsKeepContext: a package go list cannot load is reported
// with the import chain (an import cycle is named) and the position.
func TestListErrorsKeepContext(t *testing.T) {
	dir := module(t, map[string]string{
		"a/a.go": "package a\n\nimport _ \"example.com/m/b\"\n",
		"b/b.go": "package b\n\nimport _ \"example.com/m/a\"\n",
		"c/c.go": "package c\n\nimport _ \"example.com/m/missing\"\n",
	})
	_, stderr, code := run(t, dir, "./...")
	for _, want := range []string{
		"package example.com/m/a\n\timports example.com/m/b\n\timports example.com/m/a: import cycle not allowed",
		"c.go:3:8: no required module provides package example.com/m/missing",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
}

// TestGOFLAGSCover: GOFLAGS=-cover must not make ssrlint analyze the
// coverage-instrumented copies of the files: same findings, same columns.
func TestGOFLAGSCover(t *testing.T) {
	app := filepath.Join("..", "..", "examples", "blog")
	plain := ssrlinttest.Run(t, app, nil, ssrlint, "./...")
	covered := ssrlinttest.Run(t, app, []string{"GOFLAGS=-cover"}, ssrlint, "./...")
	if plain.Code != 1 || covered.Stdout != plain.Stdout || covered.Code != plain.Code {
		t.Errorf("GOFLAGS=-cover changed the findings:\n%s\nwithout it:\n%s", covered, plain)
	}
}

// TestSARIFFailedBuild: a package that does not build makes the SARIF
// run unsuccessful, with a notification naming it (docs/sarif.md).
func TestSARIFFailedBuild(t *testing.T) {
	dir := module(t, map[string]string{
		"pages/home/home.go":   badPage,
		"pages/broken/page.go": "package broken\n\nfunc F() int { return \"x\" }\n",
	})
	stdout, stderr, code := run(t, dir, "-format", "sarif", "./...")
	var log struct {
		Runs []struct {
			Results     []struct{ RuleID string }
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct{ Message struct{ Text string } }
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatalf("exit %d, stderr %s: %v", code, stderr, err)
	}
	inv := log.Runs[0].Invocations[0]
	if code != 2 || inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 ||
		!strings.HasPrefix(inv.ToolExecutionNotifications[0].Message.Text, "example.com/m/pages/broken: ") {
		t.Errorf("exit %d, invocation %+v; want 2, unsuccessful, one notification for pages/broken", code, inv)
	}
	if len(log.Runs[0].Results) != 1 {
		t.Errorf("results %+v, want the finding of the package that built", log.Runs[0].Results)
	}
}

// TestRelativeCacheDir: SSRLINT_CACHE may be a relative path; the first
// run fills it, the second answers from it, both with the finding.
func TestRelativeCacheDir(t *testing.T) {
	dir := module(t, map[string]string{"pages/home/home.go": badPage})
	for range 2 {
		r := ssrlinttest.Run(t, dir, []string{"SSRLINT_CACHE=relative-cache"}, ssrlint, "./...")
		if r.Code != 1 || !strings.Contains(r.Stdout, "getServerSideProps looks like GetServerSideProps") {
			t.Fatalf("with a relative cache directory: %s", r)
		}
	}
	if entries, err := os.ReadDir(filepath.Join(dir, "relative-cache")); err != nil || len(entries) < 2 {
		t.Errorf("relative-cache holds %d entries (%v), want the run's results", len(entries), err)
	}
}

// statsPage is selfapi's hermetic page: it calls /api/stats on a host
// known only at run time, without importing the API route package.
func statsPage(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "analyzers", "selfapi", "testdata", "src", "example.com", "hermetic", "pages", "stats", "stats.go"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestCacheSeesAPIRoutesAddedAndRenamed: the page calls /api/stats on a
// host known only at run time. Once the module serves that path (an API
// route package the page does not import), the cached run reports it,
// and a renamed handler is named by its new name.
func TestCacheSeesAPIRoutesAddedAndRenamed(t *testing.T) {
	dir := module(t, map[string]string{"pages/stats/stats.go": statsPage(t)})
	env := []string{"SSRLINT_CACHE=" + t.TempDir()}
	if r := ssrlinttest.Run(t, dir, env, ssrlint, "./..."); r.Code != 0 {
		t.Fatalf("before the API route exists: %s", r)
	}
	route := "package stats\n\nimport \"net/http\"\n\nfunc %s(w http.ResponseWriter, r *http.Request) {}\n"
	for _, handler := range []string{"Serve", "Handle"} {
		ssrlinttest.WriteFiles(t, dir, map[string]string{"pages/api/stats/stats.go": fmt.Sprintf(route, handler)})
		r := ssrlinttest.Run(t, dir, env, ssrlint, "./...")
		if want := "served by api/stats." + handler + " (/api/stats)"; r.Code != 1 || !strings.Contains(r.Stdout, want) {
			t.Fatalf("API route with handler %s: %s\nwant exit 1 and %q", handler, r, want)
		}
	}
}

// TestLineDirectiveToADevice: a //line directive makes a finding's
// position name /dev/zero. SARIF (columns) and -baseline-write (function
// names) read the files that positions name: they must not read that one,
// which never ends.
func TestLineDirectiveToADevice(t *testing.T) {
	dir := module(t, map[string]string{"pages/home/home.go": "package home\n\n//line /dev/zero:5:3\nfunc getServerSideProps() (int, error) { return 0, nil }\n"})
	for _, args := range [][]string{
		{"-format", "sarif", "./..."},
		{"-baseline-write", filepath.Join(t.TempDir(), "baseline.json"), "./..."},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		cmd := exec.CommandContext(ctx, ssrlint, args...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		timedOut := errors.Is(ctx.Err(), context.DeadlineExceeded)
		cancel()
		if timedOut {
			t.Fatalf("ssrlint %s hangs", strings.Join(args, " "))
		}
		var exit *exec.ExitError
		if err != nil && (!errors.As(err, &exit) || exit.ExitCode() != 1) { // 1: findings; 0: baseline written
			t.Errorf("ssrlint %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}
