// Package silent is a page whose props function calls external APIs only.
package silent

import (
	"context"
	"net/http"
	"os"

	"example.com/app/postsclient"
)

type Props struct{ Stars int }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	http.Get("https://api.github.com/repos/golang/go")
	http.Get("https://cms.example.com/api/posts")
	// An unknown host and a path that no route of this module serves.
	http.Get(os.Getenv("ORDERS_SERVICE") + "/api/orders/1")
	// An unknown URL altogether.
	http.Get(os.Getenv("FEED_URL"))
	var v any
	postsclient.FetchJSON(ctx, "https://api.github.com/users/x", &v)
	c := &postsclient.Client{HTTP: http.DefaultClient}
	c.Repos()
	return Props{}, nil
}

// health is no props function and none calls it: silent.
func health() { // want health:`requests: GET http://localhost:3000/api/health`
	http.Get("http://localhost:3000/api/health")
}
