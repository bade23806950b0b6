// want package:` reach\(example\.com/shop/db → database/sql \(server-only: built-in list\)\)}$`

// Package store mixes the cart types the client wants with database code.
package store

import "example.com/shop/db"

type Cart struct{ Items []string }

func Load(s *db.Store, id string) (*Cart, error) { return &Cart{}, nil }
