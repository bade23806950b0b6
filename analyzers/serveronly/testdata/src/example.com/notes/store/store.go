// want package:` reach\(database/sql \(server-only: built-in list\)\)}$`

// Package store keeps the notes in a SQL database.
package store

import "database/sql"

type Note struct {
	ID    int
	Title string
}

type Store struct{ db *sql.DB }

func Open(dsn string) (*Store, error) {
	db, err := sql.Open("postgres", dsn)
	return &Store{db}, err
}
