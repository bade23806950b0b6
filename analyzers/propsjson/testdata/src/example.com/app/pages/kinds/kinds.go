// Package kinds puts values encoding/json cannot encode into props.
package kinds

import (
	"context"
	"net/http"
	"unsafe"
)

type Event struct {
	Name    string
	OnClick func()
}

type Props struct {
	Updates chan int
	Events  []Event
	Phase   complex128
	Raw     unsafe.Pointer
	Done    func() `json:"-"`
	notify  chan struct{}
}

func GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) { // want `Props\.Updates has type chan int, which encoding/json cannot encode: json\.Marshal fails and the page renders an error; drop it from the props or tag it json:"-"` `Props\.Events\[\]\.OnClick has type func\(\), which encoding/json cannot encode` `Props\.Phase has type complex128` `Props\.Raw has type unsafe\.Pointer`
	return Props{}, nil
}
