//go:build !unix

package unitrun

import "os"

// ownedByUser reports true: ownership is not checked on this system (a
// user's cache directory on Windows is private by its access list).
func ownedByUser(os.FileInfo) bool { return true }
