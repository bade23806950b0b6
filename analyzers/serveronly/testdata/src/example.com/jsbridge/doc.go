// Package jsbridge talks to the page through syscall/js; bridge.go is
// seen only by a GOOS=js GOARCH=wasm load (TestWASM).
package jsbridge
