// Package render renders pages on the server: it calls a page's props
// function and writes an HTML document whose props are serialized as JSON
// into the page, where the browser code hydrates from them (and where
// anyone can read them).
package render

import (
	"context"
	"encoding/json"
	"errors"
	"html/template"
	"log"
	"net/http"
)

var page = template.Must(template.New("page").Parse(`<!doctype html>
<html><head><title>{{.Title}}</title></head>
<body>
<div id="root"></div>
<script id="__PROPS__" type="application/json">{{.Props}}</script>
<script src="/static/app.js"></script>
</body></html>
`))

// ServerSide renders a page whose props function runs on every request.
func ServerSide[P any](title string, props func(context.Context, *http.Request, http.ResponseWriter) (P, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := props(r.Context(), r, w)
		write(w, title, p, err)
	})
}

// Static renders a page whose props depend only on its path parameters.
func Static[P any](title string, props func(context.Context, map[string]string) (P, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := props(r.Context(), map[string]string{"slug": r.PathValue("slug")})
		write(w, title, p, err)
	})
}

// ErrNotFound, returned by a props function, renders the 404 page.
var ErrNotFound = errors.New("render: not found")

func write(w http.ResponseWriter, title string, props any, err error) {
	if errors.Is(err, ErrNotFound) {
		http.NotFound(w, nil)
		return
	}
	if err != nil {
		log.Printf("render %s: %v", title, err)
		http.Error(w, "500: the page could not be rendered", http.StatusInternalServerError)
		return
	}
	data, err := json.Marshal(props)
	if err != nil {
		http.Error(w, "500: props are not JSON", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	page.Execute(w, struct {
		Title string
		Props template.JS
	}{title, template.JS(data)})
}
