// Package vecty stands in for github.com/hexops/vecty in tests: the real
// import path and the signatures ssrlint looks at, written for ssrlint,
// with no behaviour.
package vecty

type Component interface {
	Render() ComponentOrHTML
}

type ComponentOrHTML interface{}

type Core struct{}

func RenderBody(body Component) {}

func RenderInto(selector string, c Component) error { return nil }
