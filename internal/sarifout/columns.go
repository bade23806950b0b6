package sarifout

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ssrlint/ssrlint/internal/regularfile"
)

// columns converts the byte columns of Go positions into the UTF-16 code
// unit columns SARIF counts by default, reading each source file once.
// Only regular files under root are read: a //line directive can name any
// file, /dev/zero included.
type columns struct {
	root  string
	files map[string][]byte // file → content; nil when unreadable
}

func newColumns(root string) *columns {
	return &columns{root: root, files: make(map[string][]byte)}
}

// utf16 returns the UTF-16 column of the 1-based byte column col of line,
// or col itself when the file cannot be read or the position is not in it.
func (c *columns) utf16(file string, line, col int) int {
	src, ok := c.files[file]
	if !ok {
		src, _ = regularfile.ReadUnder(c.root, file, regularfile.SourceLimit)
		c.files[file] = src
	}
	text, ok := lineOf(src, line)
	if !ok || col-1 > len(text) {
		return col
	}
	return utf16Len(text[:col-1]) + 1
}

// lineOf returns the 1-based line of src without its newline.
func lineOf(src []byte, line int) ([]byte, bool) {
	if line < 1 {
		return nil, false
	}
	for i := 1; i < line; i++ {
		nl := bytes.IndexByte(src, '\n')
		if nl < 0 {
			return nil, false
		}
		src = src[nl+1:]
	}
	text, _, _ := bytes.Cut(src, []byte("\n"))
	return text, true
}

// utf16Len counts the UTF-16 code units of b; an invalid byte counts as
// one, as U+FFFD would.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n += utf16.RuneLen(r)
		b = b[size:]
	}
	return n
}
