// Package bodyless is a page whose helpers have no Go body (they are
// implemented in assembly): SSA functions without blocks.
package bodyless

import (
	"context"
	"net/http"
)

type Props struct{ N int }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	if err := fetch("https://cms.example.com/posts"); err != nil {
		return Props{}, err
	}
	return Props{N: count()}, nil
}
