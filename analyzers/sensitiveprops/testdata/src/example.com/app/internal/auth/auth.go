// Package auth declares sensitive types in another package than the pages.
package auth

// Session is the server's session record.
//
//ssrlint:sensitive
type Session struct { // want Session:"sensitive"
	ID     string
	UserID int
}

// Account has a field that is sensitive by its mark, not by its name.
type Account struct {
	Email    string
	Recovery string /* want Recovery:"sensitive" */ //ssrlint:sensitive
}
