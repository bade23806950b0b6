// Package generic is a page whose props come wrapped in a generic Result.
package generic

import (
	"context"
	"net/http"
)

type Result[P any] struct {
	Props    P
	Redirect string
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Props struct {
	Items []Pair[string, int]
}

func collect[K comparable, V any](m map[K]V) []Pair[K, V] {
	var out []Pair[K, V]
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	return out
}

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Result[Props], error) {
	return Result[Props]{Props: Props{Items: collect(map[string]int{"a": 1})}}, nil
}
