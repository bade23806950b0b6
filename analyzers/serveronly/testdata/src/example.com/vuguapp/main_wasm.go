//go:build wasm

package main

import (
	"log"

	"github.com/vugu/vugu/domrender"

	"example.com/shop/db" // want `client package example\.com/vuguapp \(vugu main calling domrender\.New, compiled for the browser\) imports example\.com/shop/db → database/sql`
)

var _ *db.Store

func main() {
	renderer, err := domrender.New("#vugu_mount_point")
	if err != nil {
		log.Fatal(err)
	}
	for renderer.EventWait() {
	}
}
