// Package types holds types shared by server and client: no server imports.
// database/sql/driver is only interfaces: implementing them is fine.
package types

import (
	"database/sql/driver"
	"time"
)

type Product struct {
	ID      string
	Name    string
	Price   Cents
	Updated time.Time
}

type Cents int64

func (c Cents) Value() (driver.Value, error) { return int64(c), nil }
