//go:build unix

package unitrun

import (
	"os"
	"syscall"
)

// ownedByUser reports whether the file info describes belongs to the user
// running ssrlint.
func ownedByUser(info os.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return !ok || int(st.Uid) == os.Getuid()
}
