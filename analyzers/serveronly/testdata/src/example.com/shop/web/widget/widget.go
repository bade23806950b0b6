// want package:` reach\(client; example\.com/shop/store → example\.com/shop/db → database/sql \(server-only: built-in list\)\)}$`

// Package widget is a client package by its marker import.
package widget

import (
	_ "github.com/ssrlint/ssrlint/clientonly"

	"example.com/shop/store" // want `client package example.com/shop/web/widget imports example.com/shop/store → example.com/shop/db → database/sql \(server-only: built-in list\)`
)

const Label = "cart"

var Empty store.Cart
