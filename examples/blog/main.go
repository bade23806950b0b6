// Command blog is a small server-rendered blog that follows the "pages +
// props function" convention ssrlint checks. It contains deliberate
// violations, each marked "VIOLATION", for the README's demo.
//
//	go run .            # serves http://localhost:8080
package main

import (
	"log"
	"net/http"
	"os"

	"example.com/blog/internal/render"
	"example.com/blog/pages/about"
	"example.com/blog/pages/api/posts"
	"example.com/blog/pages/archive"
	"example.com/blog/pages/home"
	"example.com/blog/pages/posts"
)

func main() {
	mux := http.NewServeMux()
	mux.Handle("GET /{$}", render.ServerSide("Home", home.GetServerSideProps))
	mux.Handle("GET /posts/{slug}", render.Static("Post", postpage.GetStaticProps))
	mux.Handle("GET /about", render.ServerSide("About", about.Props))
	mux.Handle("GET /archive", render.ServerSide("Archive", archive.GetServerSideProps))
	mux.HandleFunc("GET /api/posts", apiposts.Handler)

	addr := "localhost:8080"
	if port := os.Getenv("PORT"); port != "" {
		addr = "localhost:" + port
	}
	log.Printf("blog: serving on http://%s", addr)
	log.Fatal(http.ListenAndServe(addr, mux))
}
