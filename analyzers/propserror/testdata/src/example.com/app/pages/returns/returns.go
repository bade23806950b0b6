// Package returns returns its errors: silent.
package returns

import (
	"context"
	"errors"
	"net/http"
	"strconv"
)

type Props struct{ Page int }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page")) // a default of 0 is fine: the error result is used below
	if page < 0 {
		return Props{}, errors.New("negative page")
	}
	if err := ctx.Err(); err != nil {
		return Props{}, err
	}
	return Props{Page: page}, nil
}
