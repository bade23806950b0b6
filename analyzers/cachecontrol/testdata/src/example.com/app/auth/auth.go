// Package auth reads who the user is; its functions carry facts to the
// packages that call them.
package auth

import "net/http"

type User struct{ Name string }

// CurrentUser reads the session cookie.
func CurrentUser(r *http.Request) (*User, error) { // want CurrentUser:`reads identity: the cookies \(r.Cookie\)`
	c, err := r.Cookie("session")
	if err != nil {
		return nil, err
	}
	return &User{Name: c.Value}, nil
}

// MustUser reads it through CurrentUser.
func MustUser(r *http.Request) *User { // want MustUser:`reads identity: the cookies \(r.Cookie\) in CurrentUser`
	u, _ := CurrentUser(r)
	return u
}

// Store is a session store; Store.Session is configured as a session
// getter in .ssrlint.yml.
type Store struct{}

func (s *Store) Session(id string) *User { return &User{Name: id} }

// Locale reads no identity.
func Locale(r *http.Request) string { return r.Header.Get("Accept-Language") }
