// Package direct is a page whose props function calls the app's own API
// itself.
package direct

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path"

	"github.com/go-resty/resty/v2"
)

type Props struct{ Title string }

const base = "http://localhost:3000"

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	http.Get("/api/posts")                                              // want `^GetServerSideProps → GET /api/posts \(direct/direct.go:21\) calls this app's own API over HTTP \(relative URL\), served by api/posts.Handler \(/api/posts\): call its logic directly instead of making an extra request$`
	http.Get("http://localhost:3000/api/posts?page=2")                  // want `GET http://localhost:3000/api/posts\?page=2 .*\(loopback host localhost\)`
	http.Head("http://127.0.0.1/api/status")                            // want `^GetServerSideProps → HEAD http://127.0.0.1/api/status \(direct/direct.go:23\) calls this app's own API over HTTP \(loopback host 127.0.0.1\): import the API route's logic and call it directly instead of making an extra request$`
	http.PostForm("http://[::1]:3000/api/login", nil)                   // want `POST http://\[::1\]:3000/api/login .*\(loopback host ::1\)`
	http.Get("http://0.0.0.0:8080/api/posts")                           // want `loopback host 0.0.0.0`
	http.Get("http://" + r.Host + "/api/posts")                         // want `GET http://\{r.Host\}/api/posts .*\(host of the incoming request\)`
	http.Get(r.URL.Scheme + "://" + r.URL.Host + "/api/posts")          // want `host of the incoming request`
	http.Get("https://" + r.Header.Get("X-Forwarded-Host") + "/api/me") // want `host of the incoming request`

	id := 42
	http.Get(fmt.Sprintf("%s/api/posts/%d", base, id))                // want `GET http://localhost:3000/api/posts/42 `
	http.Get(fmt.Sprintf("%s/api/posts/%s", base, r.PathValue("id"))) // want `GET http://localhost:3000/api/posts/\{PathValue\(\)\} `
	http.Get(os.Getenv("APP_URL") + "/api/users")                     // want `GET \{\$APP_URL\}/api/users .*\(own origin \$APP_URL\)`
	http.Get("https://blog.example.com/api/users")                    // want `own origin blog.example.com`

	u := url.URL{Host: "localhost:8080", Path: "/api/x"}
	http.Get(u.String()) // want `GET //localhost:8080/api/x .*loopback host localhost`
	u2 := &url.URL{Scheme: "http", Host: "localhost:8080", Path: "api/y"}
	http.Get(u2.String()) // want `GET http://localhost:8080/api/y `

	joined, _ := url.JoinPath(base, "api", "posts")
	http.Get(joined)                                 // want `GET http://localhost:3000/api/posts `
	http.Get(base + path.Join("/api", "posts", "1")) // want `GET http://localhost:3000/api/posts/1 `

	baseURL, _ := url.Parse(os.Getenv("BASE_URL"))
	ref, _ := url.Parse("/api/comments")
	http.Get(baseURL.ResolveReference(ref).String()) // want `GET \{\$BASE_URL\}/api/comments `

	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/posts", nil)
	client := &http.Client{}
	client.Do(req) // want `POST http://localhost:3000/api/posts `

	target := "/api/a"
	if id > 3 {
		target = "/api/a"
	}
	http.Get("http://localhost" + target) // want `GET http://localhost/api/a `

	resty.New().R().Get("http://localhost:3000/api/posts") // want `GET http://localhost:3000/api/posts \(direct/direct.go:\d+\) calls`

	// Silent: not under /api/ and no route of this module serves it.
	http.Get("http://localhost:3000/healthz")
	// Silent: a request built but never sent.
	http.NewRequest("GET", "/api/posts", nil)
	// Silent: a websocket, not HTTP.
	http.Get("ws://localhost:3000/api/socket")
	return Props{}, nil
}
