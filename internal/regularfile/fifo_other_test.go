//go:build !unix

package regularfile

import "testing"

// makeFIFO returns "": no named pipes in the file system here.
func makeFIFO(*testing.T, string) string { return "" }
