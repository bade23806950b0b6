// Package static is a page rendered at build time that calls the app's own
// API.
package static

import (
	"context"
	"net/http"
)

type Props struct{ Title string }

func GetStaticProps(ctx context.Context) (Props, error) {
	http.Get("http://localhost:3000/api/posts/1") // want `^GetStaticProps → GET http://localhost:3000/api/posts/1 `
	return Props{}, nil
}

func GetStaticPaths(ctx context.Context) ([]string, error) {
	done := make(chan bool)
	go func() {
		http.Get("http://localhost:3000/api/posts") // want `^GetStaticPaths → GET http://localhost:3000/api/posts `
		done <- true
	}()
	<-done
	return nil, nil
}
