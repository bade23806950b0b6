// Package cgo is a page that uses cgo.
package cgo

/*
static int answer(void) { return 42; }
*/
import "C"

import (
	"context"
	"net/http"
)

type Props struct{ Answer int }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	return Props{Answer: int(C.answer())}, nil
}
