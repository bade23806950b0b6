// want package:` reach\(server-only: matches server-only pattern "example\.com/configured/billing"\)}$`

// Package billing is server-only by a configured pattern.
package billing

func Charge(cents int) error { return nil }
