// Command vuguapp is a vugu app: main_wasm.go is its browser entry point,
// seen only by a GOOS=js GOARCH=wasm load (TestWASM).
package main

type Root struct{ Count int }
