//go:build linux

package unitrun

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

// statusSys is the part of a file's status that only the system keeps:
// its inode (an editor that saves by renaming a new file changes it) and
// its change time (which nothing can set back).
func statusSys(info os.FileInfo) string {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%d %d", st.Ino, changedAt(info).UnixNano())
}

// changedAt is when the file last changed: content or status.
func changedAt(info os.FileInfo) time.Time {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return info.ModTime()
	}
	ctime := time.Unix(st.Ctim.Unix())
	if ctime.After(info.ModTime()) {
		return ctime
	}
	return info.ModTime()
}
