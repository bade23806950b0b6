// Command counter is a vecty app: its whole import closure is compiled to
// WebAssembly.
package main

import (
	"github.com/hexops/vecty"

	"example.com/shop/store" // want `client package example\.com/counter \(vecty main calling vecty\.RenderBody, compiled for the browser\) imports example\.com/shop/store → example\.com/shop/db → database/sql \(server-only: built-in list\), which compiles server code into the browser bundle; move the server wiring into a file built only for the server`
)

type page struct {
	vecty.Core
	cart store.Cart
}

func (p *page) Render() vecty.ComponentOrHTML { return nil }

func main() { vecty.RenderBody(&page{}) }
