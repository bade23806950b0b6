// Package types holds types shared by server and client: no server imports.
package types

import "time"

type Product struct {
	ID      string
	Name    string
	Updated time.Time
}
