package routes

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ssrlint/ssrlint/internal/regularfile"
)

// APITable lists a module's API route packages (by the pages convention)
// with their handlers: import path → handler name, "" when not resolved.
// A page rarely imports the API route packages it calls, so facts cannot
// tell it about them; the ssrlint driver, which lists every package,
// builds the table and hands it to the page's unit as a declared input
// (selfapi's -routes file), so that no analyzer reads its sibling
// directories.
type APITable map[string]string

// tableLimit bounds a table file: far above the API of any module.
const tableLimit = 16 << 20

// ReadAPITable reads a table written by Encode.
func ReadAPITable(file string) (APITable, error) {
	data, err := regularfile.Read(file, tableLimit)
	if err != nil {
		return nil, err
	}
	var t APITable
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	return t, nil
}

// Encode returns the table as a file holds it: the same bytes for the same
// table (the driver names the file by its hash).
func (t APITable) Encode() []byte {
	data, err := json.Marshal(t) // sorted keys
	if err != nil {
		panic(err) // a map of strings always encodes
	}
	return data
}

// Under returns the entries below the import path prefix.
func (t APITable) Under(prefix string) APITable {
	out := APITable{}
	for path, handler := range t {
		if strings.HasPrefix(path, prefix+"/") {
			out[path] = handler
		}
	}
	return out
}

// PagesRoot returns the import path up to its last "pages" element, or
// false when it has none: the routes a page may call by the convention are
// the API route packages below the same root.
func PagesRoot(importPath string) (string, bool) {
	elems := strings.Split(importPath, "/")
	for i := len(elems) - 1; i >= 0; i-- {
		if elems[i] == "pages" {
			return strings.Join(elems[:i+1], "/"), true
		}
	}
	return "", false
}
