// want package:` reach\(client; example\.com/shop/store → example\.com/shop/db → database/sql \(server-only: built-in list\)\)}$`

//go:build js && wasm

package jsbridge

import (
	"syscall/js"

	"example.com/shop/store" // want `client package example\.com/jsbridge imports example\.com/shop/store → example\.com/shop/db → database/sql`
)

func ShowCart(c store.Cart) {
	js.Global().Get("document").Call("getElementById", "cart").Set("textContent", len(c.Items))
}
