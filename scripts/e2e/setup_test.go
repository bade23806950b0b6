package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSetupInstallsPreCommit runs scripts/setup.sh, which ./test.sh runs
// before the end-to-end stage, with a PATH that has stand-ins for id,
// sudo and apt-get and no pre-commit: it must install pre-commit. With
// pre-commit present it must install nothing. Unlike the other tests of
// this package it needs nothing installed, so go test runs it.
func TestSetupInstallsPreCommit(t *testing.T) {
	for _, tc := range []struct {
		name         string
		uid          string
		hasPreCommit bool
		want         string
	}{
		{"root", "0", false, "apt-get update -qq\napt-get install -y -qq pre-commit\n"},
		{"user", "1000", false, "sudo apt-get update -qq\nsudo apt-get install -y -qq pre-commit\n"},
		{"installed", "1000", true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bin := t.TempDir()
			calls := filepath.Join(t.TempDir(), "calls")
			stub(t, bin, "id", "echo "+tc.uid)
			stub(t, bin, "apt-get", `echo "apt-get $*" >>"$CALLS"`)
			stub(t, bin, "sudo", `printf 'sudo ' >>"$CALLS"; "$@"`)
			if tc.hasPreCommit {
				stub(t, bin, "pre-commit", "exit 0")
			}
			bash, err := exec.LookPath("bash")
			if err != nil {
				t.Skip("no bash")
			}
			cmd := exec.Command(bash, filepath.Join(root, "scripts", "setup.sh"))
			cmd.Env = []string{"PATH=" + bin, "CALLS=" + calls}
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("scripts/setup.sh: %v\n%s", err, out)
			}
			got, err := os.ReadFile(calls)
			if err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("commands run:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestTestScriptRunsSetup checks that ./test.sh runs the set-up before the
// end-to-end stage that needs it.
func TestTestScriptRunsSetup(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(root, "test.sh"))
	if err != nil {
		t.Fatal(err)
	}
	setup, e2e := strings.Index(string(src), "\nscripts/setup.sh"), strings.Index(string(src), "\nscripts/e2e.sh")
	if setup < 0 || e2e < 0 || setup > e2e {
		t.Errorf("test.sh must run scripts/setup.sh before scripts/e2e.sh")
	}
}

// stub writes an executable shell script name into dir.
func stub(t *testing.T, dir, name, body string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
}
