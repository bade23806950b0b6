package gotypes

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

const src = `package p

import "net/http"

type (
	Req     = http.Request
	PtrReq  *http.Request
	MyStr   string
	Handler struct{}
)

var (
	req     http.Request
	ptr     *http.Request
	alias   *Req
	named   PtrReq
	ptrptr  **http.Request
	s       MyStr
	n       int
	handler *Handler
)
`

// varTypes type-checks src and returns the types of its variables.
func varTypes(t *testing.T) map[string]types.Type {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]types.Type{}
	for _, name := range pkg.Scope().Names() {
		if v, ok := pkg.Scope().Lookup(name).(*types.Var); ok {
			out[name] = v.Type()
		}
	}
	return out
}

func TestIsNamed(t *testing.T) {
	ts := varTypes(t)
	for name, want := range map[string]bool{
		"req": true, "ptr": true, "alias": true,
		"named":  false, // a named pointer type is a type of its own
		"ptrptr": false, // one pointer only
		"s":      false,
	} {
		if got := IsNamed(ts[name], "net/http.Request"); got != want {
			t.Errorf("IsNamed(%s %s) = %t, want %t", name, ts[name], got, want)
		}
	}
}

func TestNamedNameAndIsString(t *testing.T) {
	ts := varTypes(t)
	if got := NamedName(ts["handler"]); got != "Handler" {
		t.Errorf("NamedName(*Handler) = %q", got)
	}
	if got := NamedName(ts["n"]); got != "" {
		t.Errorf("NamedName(int) = %q, want \"\"", got)
	}
	if !IsString(ts["s"]) || IsString(ts["n"]) || IsString(nil) {
		t.Error("IsString: want true for MyStr only")
	}
}
