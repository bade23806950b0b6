// Package gin is a stub of github.com/gin-gonic/gin for tests.
package gin

type Context struct{}
type HandlerFunc func(*Context)
type RouterGroup struct{}
type Engine struct{ RouterGroup }

func Default() *Engine { return &Engine{} }

func (g *RouterGroup) Group(prefix string, h ...HandlerFunc) *RouterGroup { return g }
func (g *RouterGroup) GET(path string, h ...HandlerFunc)                  {}
func (g *RouterGroup) POST(path string, h ...HandlerFunc)                 {}
