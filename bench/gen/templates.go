package main

var (
	pages    = func(a app) []int { return a.Pages }
	routes   = func(a app) []int { return a.Routes }
	clients  = func(a app) []int { return a.Clients }
	features = func(a app) []int { return a.Features }
)

// files are the templates of the generated module.
var files = []file{
	{path: "go.mod", text: "module example.com/synth\n\ngo 1.26\n"},
	{path: "internal/model/model.go", text: `// Package model holds the app's data types.
package model

import "time"

type User struct {
	ID           string    ` + "`json:\"id\"`" + `
	Name         string    ` + "`json:\"name\"`" + `
	PasswordHash string    ` + "`json:\"-\"`" + `
	Joined       time.Time ` + "`json:\"joined\"`" + `
}

type Item struct {
	ID    int      ` + "`json:\"id\"`" + `
	Title string   ` + "`json:\"title\"`" + `
	Tags  []string ` + "`json:\"tags,omitempty\"`" + `
	Price float64  ` + "`json:\"price\"`" + `
}
`},
	{path: "internal/store/store.go", text: `// Package store is the database layer.
//
//ssrlint:server-only
package store

import (
	"context"
	"database/sql"

	"example.com/synth/internal/model"
)

type Store struct{ db *sql.DB }

func Open(dsn string) (*Store, error) {
	db, err := sql.Open("postgres", dsn)
	return &Store{db: db}, err
}

func (s *Store) Items(ctx context.Context, limit int) ([]model.Item, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, title, price FROM items LIMIT $1", limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var items []model.Item
	for rows.Next() {
		var it model.Item
		if err := rows.Scan(&it.ID, &it.Title, &it.Price); err != nil {
			return nil, err
		}
		items = append(items, it)
	}
	return items, rows.Err()
}

func (s *Store) User(ctx context.Context, id string) (model.User, error) {
	var u model.User
	err := s.db.QueryRowContext(ctx, "SELECT id, name FROM users WHERE id = $1", id).Scan(&u.ID, &u.Name)
	return u, err
}
`},
	{path: "internal/session/session.go", text: `// Package session reads the signed-in user from the request.
package session

import "net/http"

func UserID(r *http.Request) string {
	c, err := r.Cookie("session")
	if err != nil {
		return ""
	}
	return c.Value
}
`},
	{path: "internal/cms/cms.go", text: `// Package cms fetches content from an external headless CMS.
package cms

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

const base = "https://cms.example.com/v1/"

type Block struct {
	Kind string ` + "`json:\"kind\"`" + `
	Text string ` + "`json:\"text\"`" + `
}

func Blocks(ctx context.Context, slug string) ([]Block, error) {
	u, err := url.JoinPath(base, "pages", slug)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var blocks []Block
	return blocks, json.NewDecoder(resp.Body).Decode(&blocks)
}
`},
	{path: "internal/view/view.go", text: `// Package view formats values for display, on the server and in the client.
package view

import (
	"fmt"
	"strings"
)

func Price(p float64) string { return fmt.Sprintf("$%.2f", p) }

func Title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func Join(tags []string) string { return strings.Join(tags, ", ") }
`},
	{path: "internal/feature/f{{pad .I}}/feature.go", each: features, text: `// Package f{{pad .I}} is a feature shared by several pages and routes.
package f{{pad .I}}

import (
	"context"
	"sort"

	"example.com/synth/internal/model"
	"example.com/synth/internal/store"
)

type Summary struct {
	Count int          ` + "`json:\"count\"`" + `
	Top   []model.Item ` + "`json:\"top\"`" + `
	Total float64      ` + "`json:\"total\"`" + `
}

func Summarize(ctx context.Context, s *store.Store) (Summary, error) {
	items, err := s.Items(ctx, {{.I}}+10)
	if err != nil {
		return Summary{}, err
	}
	sort.Slice(items, func(i, j int) bool { return items[i].Price > items[j].Price })
	sum := Summary{Count: len(items)}
	for i, it := range items {
		sum.Total += it.Price
		if i < 3 {
			sum.Top = append(sum.Top, it)
		}
	}
	return sum, nil
}
`},
	{path: "pages/p{{pad .I}}/page.go", each: pages, text: `// Package p{{pad .I}} is page {{.I}}.
package p{{pad .I}}

import (
	"context"
	"net/http"

	"example.com/synth/internal/cms"
	"example.com/synth/internal/feature/f{{pad .Feature}}"
	"example.com/synth/internal/session"
	"example.com/synth/internal/store"
	"example.com/synth/internal/view"
)

type Props struct {
	Title   string       ` + "`json:\"title\"`" + `
	User    string       ` + "`json:\"user,omitempty\"`" + `
	Summary f{{pad .Feature}}.Summary ` + "`json:\"summary\"`" + `
	Blocks  []cms.Block  ` + "`json:\"blocks\"`" + `
	Price   string       ` + "`json:\"price\"`" + `{{range .App.Extra}}
	Label{{pad .}} string ` + "`json:\"label{{pad .}}\"`" + `{{end}}
}

var db *store.Store

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	props := Props{Title: view.Title("page {{.I}}")}
	if id := session.UserID(r); id != "" {
		u, err := db.User(ctx, id)
		if err != nil {
			return Props{}, err
		}
		props.User = u.Name
		w.Header().Set("Cache-Control", "private, max-age=0, must-revalidate")
	} else {
		w.Header().Set("Cache-Control", "public, max-age=60, stale-while-revalidate=30")
		w.Header().Set("Vary", "Cookie")
	}
	sum, err := f{{pad .Feature}}.Summarize(ctx, db)
	if err != nil {
		return Props{}, err
	}
	props.Summary = sum
	props.Price = view.Price(sum.Total){{range .App.Extra}}
	props.Label{{pad .}} = view.Title("label {{.}}"){{end}}
	props.Blocks, err = cms.Blocks(ctx, "p{{pad .I}}")
	return props, err
}
`},
	{path: "pages/api/r{{pad .I}}/route.go", each: routes, text: `// Package r{{pad .I}} is the API route /api/r{{pad .I}}.
package r{{pad .I}}

import (
	"encoding/json"
	"net/http"

	"example.com/synth/internal/feature/f{{pad .Feature}}"
	"example.com/synth/internal/store"
)

var db *store.Store

func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/r{{pad .I}}/{id}", get)
}

func get(w http.ResponseWriter, r *http.Request) {
	sum, err := f{{pad .Feature}}.Summarize(r.Context(), db)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(sum)
}
`},
	{path: "client/c{{pad .I}}/client.go", each: clients, text: `// Package c{{pad .I}} is compiled to WebAssembly for the browser.
//
//ssrlint:client
package c{{pad .I}}

import (
	"example.com/synth/internal/model"
	"example.com/synth/internal/view"
)

func Render(items []model.Item) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, view.Title(it.Title)+" "+view.Price(it.Price)+" "+view.Join(it.Tags))
	}
	return out
}
`},
	{path: "cmd/server/main.go", text: `// Command server serves every page and API route.
package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
{{range .Pages}}
	"example.com/synth/pages/p{{pad .}}"{{end}}
{{range .Routes}}
	"example.com/synth/pages/api/r{{pad .}}"{{end}}
)

type propsFunc func(context.Context, *http.Request, http.ResponseWriter) (any, error)

func page[P any](f func(context.Context, *http.Request, http.ResponseWriter) (P, error)) propsFunc {
	return func(ctx context.Context, r *http.Request, w http.ResponseWriter) (any, error) { return f(ctx, r, w) }
}

func main() {
	mux := http.NewServeMux()
	pages := map[string]propsFunc{ {{range .Pages}}
		"/p{{pad .}}": page(p{{pad .}}.GetServerSideProps),{{end}}
	}
	for path, props := range pages {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
			p, err := props(r.Context(), r, w)
			if err != nil {
				http.Error(w, "internal error", http.StatusInternalServerError)
				return
			}
			json.NewEncoder(w).Encode(p)
		})
	}
{{range .Routes}}
	r{{pad .}}.Register(mux){{end}}
	log.Fatal(http.ListenAndServe(":8080", mux))
}
`},
}
