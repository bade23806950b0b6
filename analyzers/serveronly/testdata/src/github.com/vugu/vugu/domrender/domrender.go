// Package domrender stands in for github.com/vugu/vugu/domrender in tests:
// the real import path and the signatures ssrlint looks at, written for
// ssrlint, with no behaviour. The real package builds only for js/wasm.
package domrender

type JSRenderer struct{}

func New(mountPointSelector string) (*JSRenderer, error) { return &JSRenderer{}, nil }

func (r *JSRenderer) EventWait() bool { return false }
