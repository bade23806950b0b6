//go:build unix

package config

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSpecialConfigFilesAreErrors: a .ssrlint.yml that is a directory, a
// link to an endless device or a named pipe is an error naming the file,
// found by lookup or given with -config, and reading it neither hangs nor
// runs out of memory.
func TestSpecialConfigFilesAreErrors(t *testing.T) {
	for _, tc := range []struct {
		what string
		make func(name string) error
		want string
	}{
		{"directory", func(name string) error { return os.Mkdir(name, 0o755) }, "a directory"},
		{"link to /dev/zero", func(name string) error { return os.Symlink("/dev/zero", name) }, "a device"},
		{"named pipe", func(name string) error { return syscall.Mkfifo(name, 0o600) }, "a named pipe"},
	} {
		t.Run(tc.what, func(t *testing.T) {
			mod := t.TempDir()
			must(t, os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module m\n"), 0o644))
			name := filepath.Join(mod, FileName)
			must(t, tc.make(name))
			for _, l := range []*Loader{{}, {Path: name}} {
				done := make(chan error, 1)
				go func() { _, err := l.ForDir(mod); done <- err }()
				select {
				case err := <-done:
					if err == nil || !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), tc.want) {
						t.Errorf("Loader%+v: err = %v, want %s named", *l, err, tc.want)
					}
				case <-time.After(10 * time.Second):
					t.Fatalf("Loader%+v hangs", *l)
				}
			}
		})
	}
}
