// Command gen writes a synthetic server-rendered app that follows the pages
// convention, for ssrlint's scaling benchmark: n page packages with props
// functions, n/5 API routes, n/10 client packages and n/10 feature
// packages between them, over a handful of shared packages, and a server
// that imports every page and route — the import graph of a real app.
// The code is clean: no analyzer should report anything in it.
//
// Usage: go run ./bench/gen -n 100 -o /tmp/synth100
package main

import (
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"strings"
	"text/template"
)

func main() {
	n := flag.Int("n", 100, "number of page packages")
	fields := flag.Int("fields", baseFields, "props fields of each page (at least 5)")
	out := flag.String("o", "", "output directory (created)")
	flag.Parse()
	if *out == "" || *n < 1 || *fields < baseFields {
		flag.Usage()
		os.Exit(2)
	}
	a := newApp(*n)
	a.Extra = seq(*fields - baseFields)
	if err := write(*out, a); err != nil {
		log.Fatal(err)
	}
}

// baseFields is the number of fields of a page's Props without extras.
const baseFields = 5

// app is the shape of the generated module. Extra numbers the props
// fields each page has beyond the base ones (labels computed by the view).
type app struct {
	Pages, Routes, Clients, Features, Extra []int
}

func newApp(n int) app {
	return app{
		Pages:    seq(n),
		Routes:   seq(max(1, n/5)),
		Clients:  seq(max(1, n/10)),
		Features: seq(max(1, n/10)),
	}
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// file is one generated file: its path template and its text template,
// executed once per element of each (nil: once, with the app).
type file struct {
	path, text string
	each       func(app) []int
}

func write(dir string, a app) error {
	for _, f := range files {
		if f.each == nil {
			if err := emit(dir, f, a); err != nil {
				return err
			}
			continue
		}
		for _, i := range f.each(a) {
			if err := emit(dir, f, unit{I: i, Feature: i % len(a.Features), App: a}); err != nil {
				return err
			}
		}
	}
	return nil
}

// unit is the data of a per-package template.
type unit struct {
	I, Feature int
	App        app
}

var funcs = template.FuncMap{"pad": func(i int) string { return fmt.Sprintf("%04d", i) }}

func emit(dir string, f file, data any) error {
	var path, text strings.Builder
	if err := template.Must(template.New("path").Funcs(funcs).Parse(f.path)).Execute(&path, data); err != nil {
		return err
	}
	if err := template.Must(template.New("text").Funcs(funcs).Parse(f.text)).Execute(&text, data); err != nil {
		return err
	}
	name := filepath.Join(dir, path.String())
	src := []byte(text.String())
	if strings.HasSuffix(name, ".go") {
		formatted, err := format.Source(src)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		src = formatted
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, src, 0o644)
}
