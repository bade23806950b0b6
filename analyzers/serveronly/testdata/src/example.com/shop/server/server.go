// want package:` reach\(database/sql \(server-only: built-in list\); example\.com/shop/mailer \(server-only: imports github\.com/ssrlint/ssrlint/serveronly\); example\.com/shop/pages/products \(server-only: page with GetServerSideProps\); example\.com/shop/vault \(server-only: marked //ssrlint:server-only\)\)}$`

// Package server is not a client: the same imports and literals as
// web/cart, all silent.
package server

import (
	_ "database/sql"

	_ "example.com/shop/diamond/top"
	_ "example.com/shop/mailer"
	_ "example.com/shop/pages/products"
	_ "example.com/shop/store"
	"example.com/shop/util"
	_ "example.com/shop/vault"
)

// A secret-looking literal in a server package is gosec's business.
const stripeKey = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"

var clientSecret = "a8f5f167f44f4964e6c998dee827110c"

func Rotate() { util.RotateKeys() }
