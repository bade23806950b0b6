// Package models holds the shop's records as the database stores them.
package models

// User is a customer account.
type User struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	Email        string `json:"email"`
	PasswordHash string `json:"passwordHash"`
}

// UserView is what a page may show of a user.
type UserView struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// View returns what a page may show of u.
func (u User) View() UserView { return UserView{ID: u.ID, Name: u.Name} }

// Webhook delivers order events to a partner; Secret signs them.
type Webhook struct {
	ID     string `json:"id"`
	URL    string `json:"url"`
	Secret string `json:"-"`
}

// Store is an in-memory database.
type Store struct {
	Users    []User
	Webhooks []Webhook
}

// NewStore returns a store with sample data.
func NewStore() *Store {
	return &Store{
		Users: []User{
			{ID: 1, Name: "Ada", Email: "ada@example.com", PasswordHash: "$2a$10$7EqJtq98hPqEX7fNZaFWoO"},
			{ID: 2, Name: "Grace", Email: "grace@example.com", PasswordHash: "$2a$10$Wm1bK5w3vW6vC1mX0pZ3eu"},
		},
		Webhooks: []Webhook{{ID: "wh_1", URL: "https://partner.example.com/hooks", Secret: "whsec_5f2b9c"}},
	}
}
