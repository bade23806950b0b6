package regularfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestReadRegularFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.go")
	write(t, name, "package a\n")
	got, err := Read(name, 100)
	if err != nil || string(got) != "package a\n" {
		t.Fatalf("Read = %q, %v", got, err)
	}
	// Exactly at the limit is fine; one byte more is not.
	if _, err := Read(name, int64(len("package a\n"))); err != nil {
		t.Errorf("at the limit: %v", err)
	}
	if _, err := Read(name, 5); err == nil || !strings.Contains(err.Error(), "larger than 5 bytes") {
		t.Errorf("over the limit: err = %v", err)
	}
}

func TestReadRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "zero.yml")
	if err := os.Symlink(os.DevNull, link); err != nil {
		t.Skip(err)
	}
	cases := map[string]string{
		"device":              os.DevNull,
		"symlink to a device": link,
		"directory":           dir,
	}
	if fifo := makeFIFO(t, dir); fifo != "" {
		cases["named pipe"] = fifo
	}
	for what, name := range cases {
		done := make(chan error, 1)
		go func() { _, err := Read(name, SourceLimit); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("%s: err = %v, want not a regular file", what, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: Read hangs", what)
		}
	}
}

func TestReadUnderStaysInsideRoot(t *testing.T) {
	root, outside := t.TempDir(), t.TempDir()
	inside := filepath.Join(root, "pkg", "a.go")
	secret := filepath.Join(outside, "secret.go")
	write(t, inside, "package pkg\n")
	write(t, secret, "package secret\n")
	if _, err := ReadUnder(root, inside, SourceLimit); err != nil {
		t.Errorf("file inside: %v", err)
	}
	escapes := []string{secret, filepath.Join(root, "..", filepath.Base(outside), "secret.go")}
	link := filepath.Join(root, "pkg", "link.go")
	if err := os.Symlink(secret, link); err == nil {
		escapes = append(escapes, link)
	}
	for _, name := range escapes {
		if _, err := ReadUnder(root, name, SourceLimit); !errors.Is(err, ErrOutside) {
			t.Errorf("ReadUnder(%s) err = %v, want ErrOutside", name, err)
		}
	}
}

func write(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
