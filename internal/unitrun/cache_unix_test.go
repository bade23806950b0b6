//go:build unix

package unitrun

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestCacheFilesArePrivate: under umask 000, with a cache directory an
// older ssrlint made 0755, entries are 0600 in 0700 directories: no other
// local user can change what ssrlint reports.
func TestCacheFilesArePrivate(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	dir := filepath.Join(t.TempDir(), "cache")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(cacheEnv, dir)
	c, err := openCache()
	if err != nil {
		t.Fatal(err)
	}
	tmp, err := c.tempDir()
	if err != nil {
		t.Fatal(err)
	}
	vetx := filepath.Join(tmp, "vet.out")
	if err := os.WriteFile(vetx, []byte("facts"), 0o666); err != nil { // as the vet tool does
		t.Fatal(err)
	}
	if _, err := c.put(strings.Repeat("ab", 32), vetx, []byte("{}")); err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		want := fs.FileMode(0o600)
		if d.IsDir() {
			want = 0o700
		}
		if info.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", path, info.Mode().Perm(), want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCacheDirOfAnotherUserIsRefused: a cache directory that another user
// owns could hold results they chose; ssrlint refuses it with one line.
func TestCacheDirOfAnotherUserIsRefused(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("needs root to give a directory to another user")
	}
	dir := filepath.Join(t.TempDir(), "cache")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(dir, 4242, 4242); err != nil {
		t.Fatal(err)
	}
	t.Setenv(cacheEnv, dir)
	_, err := openCache()
	if err == nil || !strings.Contains(err.Error(), dir+" belongs to another user") || strings.Contains(err.Error(), "\n") {
		t.Errorf("err = %v, want one line saying %s belongs to another user", err, dir)
	}
	if errors.Is(err, fs.ErrPermission) {
		t.Errorf("err = %v: the refusal is ssrlint's, not the system's", err)
	}
}
