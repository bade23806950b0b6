// Package recovered turns panics into errors with a deferred recover.
package recovered

import (
	"context"
	"fmt"
	"log"
	"net/http"
)

type Props struct{ N int }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (props Props, err error) {
	defer func() {
		if v := recover(); v != nil {
			if v == "fatal" {
				panic(v) // re-panicking inside the handler: silent
			}
			err = fmt.Errorf("props: %v", v)
		}
	}()
	if r.URL.Query().Get("n") == "" {
		panic("no n") // recovered into err: silent
	}
	if r.URL.Query().Get("fatal") != "" {
		log.Fatal("cannot recover from this") // want `log.Fatal in GetServerSideProps exits the whole server process`
	}
	return Props{N: parse(r)}, nil
}

// parse panics, but its only caller recovers: silent.
func parse(r *http.Request) int {
	var n int
	if _, err := fmt.Sscan(r.URL.Query().Get("n"), &n); err != nil {
		panic(err)
	}
	return n
}
