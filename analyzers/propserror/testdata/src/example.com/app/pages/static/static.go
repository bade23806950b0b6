// Package static is built ahead of time.
package static

import "context"

type Props struct{ Items []string }

func GetStaticProps(ctx context.Context) (Props, error) {
	items, err := load(ctx)
	if err != nil {
		panic(err) // want `panic in GetStaticProps aborts the request instead of rendering a build error`
	}
	return Props{Items: items}, nil
}

func load(ctx context.Context) ([]string, error) { return []string{"a"}, ctx.Err() }
