// Package echo is a stub of github.com/labstack/echo/v4 for tests.
package echo

type Context interface{}
type HandlerFunc func(Context) error
type MiddlewareFunc func(HandlerFunc) HandlerFunc
type Echo struct{}
type Group struct{}

func New() *Echo { return &Echo{} }

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc)   {}
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) *Group       { return &Group{} }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) {}
