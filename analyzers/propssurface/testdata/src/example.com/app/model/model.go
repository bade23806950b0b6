// Package model holds the account records the pages show.
package model

import "time"

// User is an account record.
type User struct {
	ID           int       `json:"id"`
	Name         string    `json:"name"`
	Email        string    `json:"email"`
	PasswordHash string    `json:"-"`
	Joined       time.Time `json:"joined"`
	Plan         *Plan     `json:"plan,omitempty"`
	secretNote   string
}

// Plan is a subscription plan.
type Plan struct {
	Name  string `json:"name"`
	Price Cents  `json:"price"`
}

// Cents formats itself as a decimal amount.
type Cents int64

// MarshalJSON writes the amount in dollars.
func (c Cents) MarshalJSON() ([]byte, error) { return []byte("0.00"), nil }

// Session is a signed-in session.
type Session struct {
	UserID       int    `json:"userId"`
	RefreshToken string `json:"refreshToken"`
}
