package pages

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/ssrlint/ssrlint/internal/config"
)

func parse(t *testing.T, src string) (*ast.File, *types.Info) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("example.com/app/pages/p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	return f, info
}

func TestClassify(t *testing.T) {
	cfg := config.Default()
	tests := []struct {
		path, src              string
		page, api              bool
		client, serverOnlyWant string
	}{
		{"example.com/shop/pages/products/detail", "package detail", true, false, "", ""},
		{"example.com/shop/pages/api/users", "package users", true, true, "", ""},
		{"example.com/shop/mypages", "package mypages", false, false, "", ""},
		{"example.com/shop/web", "//ssrlint:client\npackage web", false, false, "marked //ssrlint:client", ""},
		{"example.com/shop/web", "// Package web.\n//\n//ssrlint:server-only\npackage web", false, false, "", "marked //ssrlint:server-only"},
		{"example.com/shop/db", "package db\nimport _ \"github.com/ssrlint/ssrlint/serveronly\"", false, false, "", "imports github.com/ssrlint/ssrlint/serveronly"},
		{"example.com/shop/wasm", "package wasm\nimport _ \"github.com/ssrlint/ssrlint/clientonly\"", false, false, "imports github.com/ssrlint/ssrlint/clientonly", ""},
		{"example.com/shop/bridge", "package bridge\nimport \"syscall/js\"", false, false, "imports syscall/js", ""},
		{"example.com/shop/web", "// ssrlint:client is prose here, not a directive\npackage web", false, false, "", ""},
	}
	for _, tt := range tests {
		f, err := parser.ParseFile(token.NewFileSet(), "p.go", tt.src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		p := Classify(tt.path, []*ast.File{f}, cfg)
		if p.Page != tt.page || p.APIRoute != tt.api || p.Client != tt.client || p.ServerOnly != tt.serverOnlyWant {
			t.Errorf("Classify(%q, %q) = %+v", tt.path, tt.src, p)
		}
	}
}

func TestPropsType(t *testing.T) {
	f, info := parse(t, `package p

import "context"

type Props struct{ Title string }
type Result[P any] struct { Props P; Revalidate int }
type Page[P any] struct { Data P }
type Wrapped struct { Props map[string]any }

func A(ctx context.Context) (Props, error) { return Props{}, nil }
func B(ctx context.Context) (Result[Props], error) { return Result[Props]{}, nil }
func C(ctx context.Context) (*Wrapped, error) { return nil, nil }
func D(ctx context.Context) (Page[Props], error) { return Page[Props]{}, nil }
func E(ctx context.Context) (any, error) { return nil, nil }
func F(ctx context.Context) {}
`)
	want := map[string]string{
		"A": "example.com/app/pages/p.Props",
		"B": "example.com/app/pages/p.Props",
		"C": "map[string]any",
		"D": "example.com/app/pages/p.Props",
		"E": "any",
		"F": "<nil>",
	}
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok {
			continue
		}
		got := "<nil>"
		if typ := PropsType(info.Defs[fd.Name].(*types.Func).Signature()); typ != nil {
			got = typ.String()
		}
		if got != want[fd.Name.Name] {
			t.Errorf("PropsType(%s) = %s, want %s", fd.Name.Name, got, want[fd.Name.Name])
		}
	}
}

func TestPropsFuncsFindsOnlyTopLevelFunctions(t *testing.T) {
	f, info := parse(t, `package p

type T struct{}

func (T) GetServerSideProps() (int, error) { return 0, nil }
func GetStaticProps() (int, error) { return 0, nil }
func getStaticPaths() {}
`)
	funcs := PropsFuncs([]*ast.File{f}, info, config.Default())
	if len(funcs) != 1 || funcs[0].Func.Name() != "GetStaticProps" || funcs[0].Role != Static {
		t.Errorf("PropsFuncs = %+v, want only GetStaticProps", funcs)
	}
}
