// Package keys uses map keys encoding/json accepts and one it rejects.
package keys

import (
	"context"
	"net/http"
)

type Level int

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte("p"), nil }

type Props struct {
	Grid    map[[2]int]string
	ByName  map[string]int
	ByID    map[int64]string
	ByLevel map[Level]string
	ByPoint map[Point]string
}

func GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) { // want `Props\.Grid is a map\[\[2\]int\]string, whose key type encoding/json cannot encode: json\.Marshal fails and the page renders an error; use string, integer or encoding\.TextMarshaler keys`
	return Props{}, nil
}
