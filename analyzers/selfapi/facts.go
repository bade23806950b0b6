package selfapi

import (
	"strings"

	"github.com/ssrlint/ssrlint/internal/routes"
	"github.com/ssrlint/ssrlint/internal/urlval"
)

// routesFact is the package fact of a package that serves routes: an API
// route package, or one that registers routes on a router.
type routesFact struct {
	Routes []routes.Route
}

func (*routesFact) AFact() {}
func (f *routesFact) String() string {
	var list []string
	for _, r := range f.Routes {
		list = append(list, strings.TrimSpace(r.Pattern.String()+" "+r.Handler))
	}
	return "routes: " + strings.Join(list, "; ")
}

// requestsFact is the object fact of a function that sends, itself or
// through the functions it calls, HTTP requests that may reach this app's
// own API. URLs may still hold the function's parameters.
type requestsFact struct {
	Requests []request
}

func (*requestsFact) AFact() {}
func (f *requestsFact) String() string {
	var list []string
	for _, r := range f.Requests {
		list = append(list, strings.TrimSpace(r.Method+" "+r.URL.String()))
	}
	return "requests: " + strings.Join(list, "; ")
}

// urlFact is the object fact of a package-level variable assigned once in
// its package with a URL ("https://search.example.com", os.Getenv("APP_URL")),
// so that other packages that build URLs from it know where they go.
type urlFact struct {
	URL urlval.URL
}

func (*urlFact) AFact()           {}
func (f *urlFact) String() string { return "url: " + f.URL.String() }

// request is an HTTP request a function sends.
type request struct {
	Method string     // "GET"; "" when unknown
	URL    urlval.URL // what the request is sent to
	At     string     // where it is sent: "posts/load.go:21"
	// Chain names the functions between the one that holds the fact and
	// the one that sends, outermost first.
	Chain []string
}

// Bounds that keep facts small: how many requests a function's fact
// keeps, and how many calls a chain may go through.
const (
	maxRequests = 4
	maxChain    = 4
)
