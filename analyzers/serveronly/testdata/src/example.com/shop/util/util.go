// Package util is fine to import from the client, except for the symbols
// marked server-only.
package util

import "strings"

func Title(s string) string { return strings.ToUpper(s) }

// RotateKeys must only run on the server.
//
//ssrlint:server-only
func RotateKeys() {} // want RotateKeys:"server-only symbol"

//ssrlint:server-only
type Admin struct{} // want Admin:"server-only symbol"

//ssrlint:server-only
func (Admin) Purge() {} // want Purge:"server-only symbol"

func (Admin) Name() string { return "admin" }

type Box[T any] struct{ V T }

//ssrlint:server-only
func (b Box[T]) Dump() T { return b.V } // want Dump:"server-only symbol"

//ssrlint:server-only
func Must[T any](v T, err error) T { return v } // want Must:"server-only symbol"
