// want package:` reach\(client; example\.com/shop/web/widget → example\.com/shop/store → example\.com/shop/db → database/sql \(server-only: built-in list\)\)}$`

// Package checkout is a client package that imports only allowed packages
// but uses symbols marked server-only.
//
//ssrlint:client
package checkout

import (
	"example.com/shop/util"
	"example.com/shop/web/widget" // a client package: its own imports are reported there
)

type purger interface{ Purge() }

func Run(a util.Admin) string { // want `uses util.Admin, which is marked //ssrlint:server-only`
	a.Purge() // want `uses util.Purge, which is marked //ssrlint:server-only`
	var p purger = a
	p.Purge() // an interface method: not marked, silent
	b := util.Box[string]{V: widget.Label}
	_ = b.Dump()                               // want `uses util.Dump, which is marked`
	_ = util.Must(b.V, nil)                    // want `uses util.Must, which is marked`
	return a.Name() + util.Title(widget.Label) // unmarked methods and funcs: silent
}
