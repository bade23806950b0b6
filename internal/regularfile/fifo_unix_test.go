//go:build unix

package regularfile

import (
	"path/filepath"
	"syscall"
	"testing"
)

// makeFIFO creates a named pipe in dir.
func makeFIFO(t *testing.T, dir string) string {
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	return fifo
}
