// Package lib is not a page: the same shapes are silent here.
package lib

import (
	"context"
	"database/sql"
	"net/http"
)

type Props struct {
	DB       *sql.DB
	Password string
}

func GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) { return Props{}, nil }
