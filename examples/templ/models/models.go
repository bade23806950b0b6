// Package models holds the shop's accounts as the database stores them.
package models

// User is a stored account: never hand it to the browser as is.
type User struct {
	ID           int64
	Name         string
	Email        string
	PasswordHash string
}

// UserView is what pages may show of a user.
type UserView struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

func (u *User) View() UserView { return UserView{ID: u.ID, Name: u.Name} }
