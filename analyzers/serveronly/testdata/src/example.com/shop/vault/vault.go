// want package:` reach\(server-only: marked //ssrlint:server-only\)}$`

// Package vault holds the shop's API credentials.
//
//ssrlint:server-only
package vault

// A server-only package may import a client package: silent.
import "example.com/shop/web/widget"

func StripeKey() string { return widget.Label }
