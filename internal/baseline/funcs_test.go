package baseline

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"
	"time"
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
	dir := t.TempDir()
	idx := newFuncIndex(dir)
	if got := idx.enclosing(filepath.Join(dir, "missing.go"), 1, 1); got != "" {
		t.Errorf("enclosing in a missing file = %q, want \"\"", got)
	}
}

// TestEnclosingReadsOnlyRegularFilesUnderRoot: a //line directive can make
// a finding's position name any file. Reading /dev/zero would never end.
func TestEnclosingReadsOnlyRegularFilesUnderRoot(t *testing.T) {
	root, outside := t.TempDir(), t.TempDir()
	src := "package p\n\nfunc F() {\n\tx()\n}\n"
	for _, dir := range []string{root, outside} {
		if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan [3]string, 1)
	go func() {
		idx := newFuncIndex(root)
		done <- [3]string{
			idx.enclosing(filepath.Join(root, "p.go"), 4, 2),
			idx.enclosing(filepath.Join(outside, "p.go"), 4, 2),
			idx.enclosing("/dev/zero", 4, 2),
		}
	}()
	select {
	case got := <-done:
		if got != [3]string{"F", "", ""} {
			t.Errorf("enclosing in root, outside, device = %q, want F and nothing else", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("enclosing hangs")
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
