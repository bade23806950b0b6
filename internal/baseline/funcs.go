package baseline

import (
	"go/ast"
	"go/parser"
	"go/token"

	"github.com/ssrlint/ssrlint/internal/regularfile"
)

// funcIndex finds the function declaration around a position, parsing
// each file once. Only regular files under root are read: a //line
// directive can name any file, /dev/zero included.
type funcIndex struct {
	root  string
	files map[string]*parsedFile // file → parse; nil when unreadable
}

func newFuncIndex(root string) *funcIndex {
	return &funcIndex{root: root, files: make(map[string]*parsedFile)}
}

type parsedFile struct {
	fset *token.FileSet
	file *ast.File
}

// enclosing returns the name of the function or method declaration that
// contains line:col (1-based, col in bytes) of file: "Name", "Type.Name"
// for a method, "" at top level or when the file cannot be read.
func (idx *funcIndex) enclosing(file string, line, col int) string {
	pf, ok := idx.files[file]
	if !ok {
		pf = parse(idx.root, file)
		idx.files[file] = pf
	}
	if pf == nil {
		return ""
	}
	return enclosingFunc(pf.fset, pf.file, line, col)
}

func parse(root, file string) *parsedFile {
	src, err := regularfile.ReadUnder(root, file, regularfile.SourceLimit)
	if err != nil {
		return nil
	}
	fset := token.NewFileSet()
	// A file with syntax errors still yields the declarations before them.
	f, _ := parser.ParseFile(fset, file, src, parser.SkipObjectResolution)
	if f == nil {
		return nil
	}
	return &parsedFile{fset: fset, file: f}
}

func enclosingFunc(fset *token.FileSet, f *ast.File, line, col int) string {
	pos, ok := position(fset.File(f.FileStart), line, col)
	if !ok {
		return ""
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if ok && fd.Pos() <= pos && pos < fd.End() {
			return funcName(fd)
		}
	}
	return ""
}

// position converts line:col into a token.Pos of tf, if it is in the file.
func position(tf *token.File, line, col int) (token.Pos, bool) {
	if tf == nil || line < 1 || line > tf.LineCount() || col < 1 {
		return token.NoPos, false
	}
	start := tf.LineStart(line)
	offset := tf.Offset(start) + col - 1
	if offset > tf.Size() {
		return token.NoPos, false
	}
	return tf.Pos(offset), true
}

// funcName names fd as "F" or "T.M", whatever the receiver's pointerness
// or type parameters, so that changing them keeps the key.
func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	return receiverTypeName(fd.Recv.List[0].Type) + "." + fd.Name.Name
}

func receiverTypeName(t ast.Expr) string {
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.ParenExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
