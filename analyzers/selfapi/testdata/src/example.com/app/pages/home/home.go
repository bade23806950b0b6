// Package home is a page whose props function reaches the app's own API the
// ways Go code moves values: generics, method values, interfaces, helpers
// returning URLs, variables of other packages.
package home

import (
	"context"
	"net/http"
	"net/url"

	"example.com/app/feeds"
	"example.com/app/settings"
)

type Props struct{ Featured, Trending []feeds.Post }

// loaders keeps the functions the page loads its feeds with.
type loaders struct {
	featured func(context.Context) ([]feeds.Post, error)
	trending func(context.Context) ([]feeds.Post, error)
}

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	feeds.GetJSON[[]feeds.Post](ctx, "http://localhost:8080/api/posts")   // want `^GetServerSideProps → feeds.GetJSON → GET http://localhost:8080/api/posts \(feeds/feeds.go:\d+\) calls this app's own API`
	feeds.GetJSON[[]feeds.Post](ctx, "https://cms.example.com/api/posts") // an external host
	c := &feeds.Client{}
	load := c.Featured
	featured, err := load(ctx) // want `GetServerSideProps → feeds.Client.Featured → feeds.GetJSON → GET http://localhost:8080/api/featured `
	trending := c.Trending
	trending(ctx)
	l := loaders{featured: c.Featured, trending: c.Trending}
	l.featured(ctx) // want `GetServerSideProps → feeds.Client.Featured → feeds.GetJSON → GET http://localhost:8080/api/featured `
	l.trending(ctx)
	feeds.Collection[feeds.Post]{Path: "posts"}.All(ctx) // want `GetServerSideProps → feeds.Collection.All → feeds.GetJSON → GET /api/\{Path\} `
	var src feeds.Source = feeds.StoreSource{}
	src.Posts(ctx) // want `GetServerSideProps → feeds.APISource.Posts \(through feeds.Source\) → feeds.GetJSON → GET /api/posts `
	posts := src.Posts
	posts(ctx) // want `GetServerSideProps → feeds.APISource.Posts \(through feeds.Source\) → feeds.GetJSON → GET /api/posts `
	var drafts feeds.Drafts = feeds.StoreSource{}
	drafts.Drafts(ctx)
	var counter counter = localCounter{}
	counter.Count(r)                // want `GetServerSideProps → home.localCounter.Count \(through home.counter\) → GET http://\{r.Host\}/api/stats/count `
	http.Get(statsURL(r).String())  // want `GetServerSideProps → GET http://\{r.Host\}/api/stats `
	http.Get(mirrorURL(r).String()) // an external host
	u := countURL(r)
	http.Get(u.String())                        // want `GetServerSideProps → GET http://\{r.Host\}/api/stats/count `
	http.Get(settings.SearchURL + "/api/stats") // the search service
	http.Get(settings.SelfURL + "/api/stats")   // want `GetServerSideProps → GET http://localhost:8080/api/stats `
	http.Get(settings.PublicURL + "/api/stats") // want `GetServerSideProps → GET \{\$APP_URL\}/api/stats `
	http.Get(settings.Mirror + "/health")
	return Props{Featured: featured}, err
}

// statsURL is the URL of this app's stats route, on the host the request
// came to.
func statsURL(r *http.Request) *url.URL {
	return &url.URL{Scheme: "http", Host: r.Host, Path: "/api/stats"}
}

// mirrorURL is the URL of the stats on the public mirror.
func mirrorURL(r *http.Request) *url.URL {
	return &url.URL{Scheme: "https", Host: "mirror.example.net", Path: "/api/stats"}
}

// countURL is the URL of the visit counter, built in steps.
func countURL(r *http.Request) url.URL {
	u := url.URL{Scheme: "http", Host: r.Host}
	u.Path = "/api/stats/count"
	return u
}

// counter counts visits; localCounter, the only implementation, asks this
// app's stats route.
type counter interface{ Count(r *http.Request) error }

type localCounter struct{}

func (localCounter) Count(r *http.Request) error { // want Count:`requests: GET http://\{r.Host\}/api/stats/count`
	u := countURL(r)
	_, err := http.Get(u.String())
	return err
}
