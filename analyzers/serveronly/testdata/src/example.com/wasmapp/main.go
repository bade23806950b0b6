// Command wasmapp is the browser build of the shop: GOOS=js GOARCH=wasm.
package main

import _ "github.com/ssrlint/ssrlint/clientonly"

func main() { start() }
