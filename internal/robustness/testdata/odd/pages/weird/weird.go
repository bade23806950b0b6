// Package weird is a page with odd but legal props code, all of it clean.
package weird

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"example.com/odd/lib"
)

// Secret marshals itself: encoding/json never looks inside.
type Secret struct{ value string }

func (Secret) MarshalJSON() ([]byte, error) { return []byte(`"***"`), nil }

type Props struct {
	Title   string
	Total   int
	When    time.Time
	Raw     json.RawMessage
	Masked  Secret
	Any     any
	Nested  map[string][]map[int]*struct{ X, Y int }
	private string
	_       int
}

type props = Props // an alias of the props type

var handler = func(ctx context.Context) (props, error) { return props{}, nil }

func init() {
	_ = handler
}

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (props, error) {
	p := props{Title: lib.Title("hello"), Total: lib.Sum(1, 2, 3), private: "x"}
	if r.URL.Query().Has("fan") {
		p.Total += lib.Fan(3)
	}
	w.Header().Set("Cache-Control", "private, max-age=60")
	err := lib.Retry(func() error { return ctx.Err() })
	return p, err
}
