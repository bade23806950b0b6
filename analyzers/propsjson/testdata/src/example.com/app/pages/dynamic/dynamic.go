// Package dynamic stores values into interface-typed props.
package dynamic

import (
	"context"
	"net/http"
)

type Widget struct {
	Label  string
	Render func() string
}

type Props struct {
	Data  any
	Extra map[string]any
	Title string
}

func GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) {
	p := Props{Title: "t"}
	p.Data = func() {} // want `Props\.Data has type func\(\), which encoding/json cannot encode`
	p.Extra = map[string]any{
		"widget": Widget{Label: "w"}, // want `Props\.Extra\["widget"\]\.Render has type func\(\) string`
		"ch":     make(chan int),     // want `Props\.Extra\["ch"\] has type chan int`
		"count":  3,
	}
	return p, nil
}
