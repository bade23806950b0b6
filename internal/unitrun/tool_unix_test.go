//go:build unix

package unitrun

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestResultsWithAnAnalyzerErrorAreNotCached: an analyzer's error (a
// configuration file not there yet) may go away with no input of the unit
// changing; such results are used for this run and not stored.
func TestResultsWithAnAnalyzerErrorAreNotCached(t *testing.T) {
	for out, wantCached := range map[string]bool{
		`{"p":{"propsfunc":{"error":"ssrlint config: open x.yml: no such file or directory"}}}`: false,
		`{"p":{"propsfunc":[]}}`: true,
	} {
		// The tool writes out next to the unit's *.cfg file, its last argument.
		tool := filepath.Join(t.TempDir(), "tool")
		write(t, tool, "#!/bin/sh\nfor last; do :; done\nprintf '%s' '"+out+"' >\"$(dirname \"$last\")/vet.stdout\"\n")
		if err := os.Chmod(tool, 0o700); err != nil {
			t.Fatal(err)
		}
		run := newFakeRun(t)
		run.exe, run.cache = tool, &cache{dir: t.TempDir()}
		run.tmp = t.TempDir()
		u := buildUnits([]*listed{pkg(t, t.TempDir(), "p")}, nil)[0]
		u.key = strings.Repeat("ab", 32)
		if err := run.runTool(u); err != nil {
			t.Fatal(err)
		}
		if string(u.out) != out || u.vetx == "" {
			t.Fatalf("unit out %q, vetx %q; want the tool's output and a facts file", u.out, u.vetx)
		}
		if _, _, cached := run.cache.get(u.key); cached != wantCached {
			t.Errorf("output %s: cached %t, want %t", out, cached, wantCached)
		}
	}
}
