// Package client is compiled to the browser; it uses only clean helpers.
//
//ssrlint:client
package client

import "example.com/odd/lib"

func Render(names []string) string {
	return lib.Join(lib.Map(names, lib.Title), ", ")
}
