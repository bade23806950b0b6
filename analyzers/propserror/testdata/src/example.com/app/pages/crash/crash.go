// Package crash is a page whose props function crashes in three ways.
package crash

import (
	"context"
	"errors"
	"html/template"
	"log"
	"net/http"
	"os"
)

type Props struct{ Title string }

// Package-level Must runs once at start-up: silent.
var page = template.Must(template.New("page").Parse("<h1>{{.Title}}</h1>"))

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	title, err := fetchTitle(r.URL.Query().Get("id"))
	if err != nil {
		panic(err) // want `panic in GetServerSideProps aborts the request instead of rendering the 500 page \(net/http drops the connection\); return an error from GetServerSideProps instead`
	}
	if title == "" {
		os.Exit(1) // want `os.Exit in GetServerSideProps exits the whole server process instead of rendering the 500 page; return an error from GetServerSideProps instead`
	}
	cfg := loadConfig()
	go func() {
		if cfg == "" {
			log.Panicf("no config") // want `log.Panicf in GetServerSideProps aborts the request`
		}
	}()
	return Props{Title: title + cfg + validate(title)}, nil
}

func fetchTitle(id string) (string, error) {
	if id == "" {
		return "", errors.New("no id")
	}
	return "post " + id, nil
}

// loadConfig is only called by GetServerSideProps.
func loadConfig() string {
	data, err := os.ReadFile("config.txt")
	if err != nil {
		log.Fatalf("config: %v", err) // want `log.Fatalf in loadConfig \(called by GetServerSideProps\) exits the whole server process instead of rendering the 500 page; return an error from GetServerSideProps instead`
	}
	return string(data)
}

// validate is also called by Handler: it is not the props function's own,
// and a panic in it is not reported.
func validate(s string) string {
	if s == "" {
		panic("empty")
	}
	return s
}

// Handler is no props function: its panic is silent.
func Handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		panic("no path")
	}
	_ = page.Execute(w, validate(r.URL.Path))
}

func init() {
	if os.Getenv("CRASH") != "" {
		panic("bad environment")
	}
}
