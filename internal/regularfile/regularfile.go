// Package regularfile reads files whose names come from the analyzed code
// or the user's directory (a //line directive, a .ssrlint.yml found by
// lookup) without trusting them: only regular files, never more than a
// size limit, and, for names from the code, only files under a root. A
// device such as /dev/zero, a FIFO or a directory is an error instead of
// a read that never ends or hangs.
package regularfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// SourceLimit is the largest source file read for reports (SARIF columns,
// baseline function names): far above any hand-written Go file.
const SourceLimit = 16 << 20

// ErrOutside is returned by ReadUnder for a file outside its root.
var ErrOutside = errors.New("outside the analyzed tree")

// Read returns the content of the regular file name, or an error when name
// is not a regular file (after following symbolic links) or is larger than
// limit bytes.
func Read(name string, limit int64) ([]byte, error) {
	// Stat first: opening a FIFO for reading would wait for a writer.
	if err := checkRegular(name, os.Stat); err != nil {
		return nil, err
	}
	// O_NONBLOCK: the file may have been replaced by a FIFO since.
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := checkRegular(name, func(string) (os.FileInfo, error) { return f.Stat() }); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: larger than %d bytes", name, limit)
	}
	return data, nil
}

func checkRegular(name string, stat func(string) (os.FileInfo, error)) error {
	info, err := stat(name)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file (%s)", name, describe(info.Mode()))
	}
	return nil
}

func describe(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeDevice != 0:
		return "a device"
	case m&os.ModeSocket != 0:
		return "a socket"
	}
	return m.Type().String()
}

// ReadUnder is Read for a file that must be inside the directory root,
// symbolic links resolved: a name that leads elsewhere is ErrOutside.
func ReadUnder(root, name string, limit int64) ([]byte, error) {
	if err := checkUnder(root, name); err != nil {
		return nil, err
	}
	return Read(name, limit)
}

func checkUnder(root, name string) error {
	name, err := filepath.Abs(name)
	if err != nil {
		return err
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return err
	}
	realName, err := filepath.EvalSymlinks(name)
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(realRoot, realName)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return fmt.Errorf("%s: %w", name, ErrOutside)
	}
	return nil
}
