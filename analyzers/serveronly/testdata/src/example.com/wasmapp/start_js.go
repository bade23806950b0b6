//go:build js && wasm

package main

// Only a GOOS=js GOARCH=wasm load sees this file: TestWASM.
import "example.com/shop/store" // want `client package example.com/wasmapp imports example.com/shop/store → example.com/shop/db → database/sql`

func start() { _ = store.Cart{} }
