// Package clean serializes fine: silent.
package clean

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// Handler has a func field but encodes itself.
type Handler struct{ Fn func() }

func (Handler) MarshalJSON() ([]byte, error) { return []byte("null"), nil }

type Props struct {
	Title     string
	Tags      []string
	At        time.Time
	Raw       json.RawMessage
	Handler   Handler
	Avatar    []byte
	Counts    map[string]int
	Any       any
	Callbacks []func() `json:"-"`
	hook      func()
}

func GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) {
	done := make(chan struct{})
	close(done)
	return Props{Title: "t", Any: map[string]int{"a": 1}, hook: func() {}}, nil
}
