// Package clean holds only data that is safe to render: silent.
package clean

import (
	"context"
	"database/sql"
	"net/http"
	"os"
	"time"
)

type Secret struct{ Value string }

// Masked wraps a secret but encodes only a mask: opaque to the walk.
type Masked struct{ S Secret }

func (Masked) MarshalJSON() ([]byte, error) { return []byte(`"***"`), nil }

type User struct {
	Name         string
	PasswordHash string `json:"-"`
	password     string
	Masked       Masked
	HasPassword  bool
	PasswordSet  time.Time
	PasswordLen  int
}

type Props struct {
	User        User
	CSRFToken   string
	TokenCount  int
	ContentHash string
	Key         string
	Port        string
	Items       []any
}

var db *sql.DB

func GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) {
	var name string
	if err := db.QueryRowContext(ctx, "SELECT name FROM users").Scan(&name); err != nil {
		return Props{}, err
	}
	cookie, _ := r.Cookie("session")
	_ = cookie
	fmtArgs := []any{db, r}
	_ = fmtArgs
	return Props{
		User:  User{Name: name, password: os.Getenv("DB_PASSWORD")},
		Port:  os.Getenv("PORT"),
		Items: []any{name, 42},
	}, nil
}

func GetStaticPaths(ctx context.Context) ([]*sql.DB, error) { return nil, nil }
