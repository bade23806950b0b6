// Package helpers is a page whose props function reaches the app's own API
// through helpers.
package helpers

import (
	"context"
	"net/http"

	"example.com/app/api"
	"example.com/app/postsclient"
)

type Props struct{ Posts []postsclient.Post }

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	posts, err := postsclient.Load(ctx) // want `^GetServerSideProps → postsclient.Load → postsclient.FetchJSON → GET http://localhost:8080/api/posts \(postsclient/client.go:\d+\) calls this app's own API over HTTP \(loopback host localhost\), served by app/api.ListPosts \(/api/posts\): call its logic directly instead of making an extra request$`
	c := &postsclient.Client{HTTP: http.DefaultClient}
	c.Posts() // want `GetServerSideProps → postsclient.Client.Posts → GET http://127.0.0.1:8080/api/posts `
	var u api.User
	postsclient.FetchJSON(ctx, "http://"+r.Host+"/api/users/"+r.PathValue("id"), &u) // want `postsclient.FetchJSON → GET http://\{r.Host\}/api/users/\{PathValue\(\)\} .*served by app/api.GetUser \(GET /api/users/\{\}\)`
	loadUser(ctx)                                                                    // want `GetServerSideProps → helpers.loadUser → postsclient.FetchJSON → GET /api/users/me `
	return Props{Posts: posts}, err
}

func loadUser(ctx context.Context) error { // want loadUser:`requests: GET /api/users/me`
	var u api.User
	return postsclient.FetchJSON(ctx, "/api/users/me", &u)
}
