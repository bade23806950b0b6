package store

import "context"

// User is an author's account record, as the login code needs it.
type User struct {
	Login        string `json:"login"`
	Name         string `json:"name"`
	PasswordHash string `json:"passwordHash"` // bcrypt; never leaves the server
}

var users = map[string]User{
	"ada":  {Login: "ada", Name: "Ada Lovelace", PasswordHash: "$2a$10$7EqJtq98hPqEX7fNZaFWoO"},
	"alan": {Login: "alan", Name: "Alan Turing", PasswordHash: "$2a$10$N9qo8uLOickgx2ZMRZoMye"},
}

// UserByLogin returns the account record of a login.
func UserByLogin(ctx context.Context, login string) (User, error) {
	u, ok := users[login]
	if !ok {
		return User{}, ErrNotFound
	}
	return u, ctx.Err()
}
