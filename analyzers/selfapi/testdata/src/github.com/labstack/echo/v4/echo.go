// Package echo is a stub of github.com/labstack/echo/v4 for tests: the
// signatures of v4.16.4, no behaviour.
package echo

type Context interface{}
type HandlerFunc func(c Context) error
type MiddlewareFunc func(next HandlerFunc) HandlerFunc
type Route struct{ Method, Path, Name string }
type Echo struct{}
type Group struct{}

func New() *Echo { return &Echo{} }

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return nil }
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group)          { return &Group{} }
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return nil }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) {
	return &Group{}
}
