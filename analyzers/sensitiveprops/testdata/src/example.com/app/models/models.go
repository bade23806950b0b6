// Package models holds the app's database models.
package models

type User struct {
	ID           int64
	Email        string
	PasswordHash string
	PrivateKey   []byte
}

// UserView is what pages may see of a user.
type UserView struct {
	ID    int64
	Email string
}

func (u *User) View() UserView { return UserView{ID: u.ID, Email: u.Email} }

type Webhook struct {
	ID     string
	Secret string `json:"-"`
}

type Session struct {
	CSRFToken string
	SessionID string
}
