//go:build !linux

package unitrun

import (
	"os"
	"time"
)

// statusSys is empty: the modification time and size are all there is.
func statusSys(os.FileInfo) string { return "" }

// changedAt is when the file's content last changed.
func changedAt(info os.FileInfo) time.Time { return info.ModTime() }
