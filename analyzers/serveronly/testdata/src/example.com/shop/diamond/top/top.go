// want package:` reach\(example\.com/shop/diamond/left → example\.com/shop/db → database/sql \(server-only: built-in list\)\)}$`

// Package top reaches database/sql along two paths (a diamond).
package top

import (
	"example.com/shop/diamond/left"
	"example.com/shop/diamond/right"
)

var Both = left.Store == right.Store
