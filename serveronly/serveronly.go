// Package serveronly marks the package that imports it as server-only, as
// the "server-only" npm package does for Next.js:
//
//	import _ "github.com/ssrlint/ssrlint/serveronly"
//
// ssrlint's serveronly analyzer then reports every client (browser/WASM)
// package that imports the marked package, directly or through others.
// The package is empty: importing it costs nothing at run time.
package serveronly
