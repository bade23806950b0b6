// Package handwritten is the same file as ../generated/zz_generated.go without
// its "Code generated" header, so that ssrlint reports it (a control).
package handwritten

import (
	"context"
	"net/http"
	"os"
)

type genProps struct {
	Title    string
	Password string
	Ch       chan int
	Self     *genProps
}

func getServerSideProps(ctx context.Context, r *http.Request) (genProps, error) {
	resp, err := http.Get("http://localhost:8080/api/users")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var w http.ResponseWriter
	if w != nil {
		w.Header().Set("Cache-Control", "public, s-max-age=60")
	}
	return genProps{Password: os.Getenv("DB_PASSWORD")}, nil
}

func GetStaticProps(ctx context.Context) (genProps, error) { return genProps{}, nil }

var _ = getServerSideProps
