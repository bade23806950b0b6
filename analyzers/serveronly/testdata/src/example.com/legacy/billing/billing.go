// want package:` reach\(database/sql \(server-only: built-in list\)\)}$`

// Package billing charges customers.
package billing

import "database/sql"

type Invoice struct{ Total int }

func Charge(db *sql.DB, inv Invoice) error { return nil }
