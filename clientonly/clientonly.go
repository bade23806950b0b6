// Package clientonly marks the package that imports it as a client package:
// code compiled for the browser (GOOS=js GOARCH=wasm or similar), whose
// every byte ships to users:
//
//	import _ "github.com/ssrlint/ssrlint/clientonly"
//
// ssrlint's serveronly analyzer reports server-only code reaching such a
// package. The package is empty: importing it costs nothing at run time.
package clientonly
