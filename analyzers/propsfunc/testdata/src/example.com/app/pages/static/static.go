// Package static uses a Result[P] wrapper and the static pair: silent.
package static

import "context"

type Result[P any] struct {
	Props      P
	Revalidate int
}

type Props struct{ Slug string }

func GetStaticProps(ctx context.Context, params map[string]string) (Result[Props], error) {
	return Result[Props]{Props: Props{Slug: params["slug"]}}, nil
}

func GetStaticPaths(ctx context.Context) ([]string, error) { return []string{"a"}, nil }
