// want package:` reach\(database/sql \(server-only: built-in list\)\)}$`

// Package db is the shop's database access. It is not marked: database/sql
// (built-in list) makes it server code.
package db

import "database/sql"

type Store struct{ DB *sql.DB }

func Open(dsn string) (*Store, error) {
	d, err := sql.Open("postgres", dsn)
	return &Store{DB: d}, err
}
