// Package discard drops the errors its props function gets.
package discard

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
)

type Props struct{ Data []string }

func fetch(ctx context.Context) ([]string, error) { return nil, errors.New("down") }

func track(ctx context.Context) error { return nil }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	data, _ := fetch(ctx) // want `GetServerSideProps discards the error of fetch and always returns a nil error: a failure renders the page with empty props instead of the 500 page; return the error`
	track(ctx)            // want `GetServerSideProps discards the error of track`
	_ = track(ctx)        // want `GetServerSideProps discards the error of track`
	var b strings.Builder
	b.WriteString("x")     // writing to a buffer: silent
	fmt.Println(len(data)) // printing: silent
	return Props{Data: data}, nil
}
