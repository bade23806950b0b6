package routes

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// DirHandler reports whether dir holds a Go package (non-test files) and
// returns its handler the way PackageHandler does, read from the syntax:
// the one exported function whose parameters are (http.ResponseWriter,
// *http.Request). The ssrlint driver uses it to list the API route
// packages of the module for pages that do not import them (APITable).
func DirHandler(dir string) (handler string, ok bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", false
	}
	fset := token.NewFileSet()
	var found []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		ok = true
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, decl := range f.Decls {
			if fd, isFunc := decl.(*ast.FuncDecl); isFunc && fd.Recv == nil && fd.Name.IsExported() && handlerParams(f, fd.Type) {
				found = append(found, fd.Name.Name)
			}
		}
	}
	if len(found) == 1 {
		handler = found[0]
	}
	return handler, ok
}

// handlerParams reports whether a function type's parameters are
// (http.ResponseWriter, *http.Request), net/http imported under any name.
func handlerParams(f *ast.File, ft *ast.FuncType) bool {
	var types []ast.Expr
	for _, field := range ft.Params.List {
		for range max(1, len(field.Names)) {
			types = append(types, field.Type)
		}
	}
	if len(types) != 2 || ft.Results != nil {
		return false
	}
	star, ok := types[1].(*ast.StarExpr)
	return ok && isHTTPSelector(f, types[0], "ResponseWriter") && isHTTPSelector(f, star.X, "Request")
}

func isHTTPSelector(f *ast.File, e ast.Expr, name string) bool {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != name {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	for _, imp := range f.Imports {
		if imp.Path.Value != `"net/http"` {
			continue
		}
		local := "http"
		if imp.Name != nil {
			local = imp.Name.Name
		}
		if id.Name == local {
			return true
		}
	}
	return false
}
