package baseline

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"testing"
)

const funcsSrc = `package p

var top = 1

func F() {
	_ = func() {
		_ = 2
	}
}

type T[P any] struct{}

func (t *T[P]) M() {
	_ = 3
}

func (T[P]) N() {}
`

func TestEnclosingFunc(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", funcsSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		line, col int
		want      string
	}{
		{3, 5, ""},      // package-level var
		{5, 6, "F"},     // the function's name
		{5, 1, "F"},     // the func keyword
		{7, 3, "F"},     // inside a function literal
		{9, 1, "F"},     // the closing brace
		{10, 1, ""},     // between declarations
		{13, 17, "T.M"}, // pointer receiver with type parameters
		{14, 2, "T.M"},
		{17, 13, "T.N"},
		{0, 1, ""},   // no such line
		{99, 1, ""},  // past the end
		{3, 999, ""}, // past the end of the file
		{5, 0, ""},   // no column
	} {
		if got := enclosingFunc(fset, f, tc.line, tc.col); got != tc.want {
			t.Errorf("enclosingFunc(%d:%d) = %q, want %q", tc.line, tc.col, got, tc.want)
		}
	}
}

func TestEnclosingUnreadable(t *testing.T) {
	idx := funcIndex{}
	if got := idx.enclosing(filepath.Join(t.TempDir(), "missing.go"), 1, 1); got != "" {
		t.Errorf("enclosing in a missing file = %q, want \"\"", got)
	}
}

func FuzzEnclosingFunc(f *testing.F) {
	f.Add(funcsSrc, 7, 3)
	f.Add("package p\nfunc (", 2, 6)
	f.Add("", 1, 1)
	f.Add("package p\n\nfunc F() {}\n", 3, 11)
	f.Fuzz(func(t *testing.T, src string, line, col int) {
		fset := token.NewFileSet()
		file, _ := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
		if file == nil {
			return
		}
		enclosingFunc(fset, file, line, col) // must not panic
	})
}
