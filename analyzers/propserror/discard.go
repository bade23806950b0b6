package propserror

import (
	"go/ast"
	"go/types"

	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/pages"
	"golang.org/x/tools/go/types/typeutil"
)

// checkDiscards reports the errors a props function drops when its own
// error result is always nil: nothing it calls can reach the error page.
func checkDiscards(p *lintpass.Pass, f *pages.PropsFunc) {
	if !alwaysNilError(p.TypesInfo, f.Decl.Body) {
		return
	}
	report := func(at ast.Node, call ast.Expr) {
		p.Reportf(at.Pos(), "%s discards the error of %s and always returns a nil error: a failure renders the page with empty props instead of %s; return the error",
			f.Decl.Name.Name, types.ExprString(call), errorPage(f.Role))
	}
	inspectOwn(f.Decl.Body, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if call, ok := discardedError(p.TypesInfo, n, i); ok && isBlank(lhs) {
					report(lhs, call.Fun)
				}
			}
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok && returnsError(p.TypesInfo, call) && !neverFails(p.TypesInfo, call) {
				report(call, call.Fun)
			}
		}
	})
}

// discardedError returns the call whose result assigned to the i-th left
// operand of a is an error.
func discardedError(info *types.Info, a *ast.AssignStmt, i int) (*ast.CallExpr, bool) {
	var rhs ast.Expr
	switch {
	case len(a.Rhs) == len(a.Lhs):
		rhs = a.Rhs[i]
	case len(a.Rhs) == 1:
		rhs = a.Rhs[0]
	default:
		return nil, false
	}
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	t := info.TypeOf(call)
	if tuple, ok := t.(*types.Tuple); ok {
		if i >= tuple.Len() {
			return nil, false
		}
		t = tuple.At(i).Type()
	}
	return call, isError(t)
}

func returnsError(info *types.Info, call *ast.CallExpr) bool {
	switch t := info.TypeOf(call).(type) {
	case *types.Tuple:
		return t.Len() > 0 && isError(t.At(t.Len()-1).Type())
	case nil:
		return false
	default:
		return isError(t)
	}
}

// neverFails reports calls whose error is, by convention, not checked:
// printing, and writing to in-memory buffers.
func neverFails(info *types.Info, call *ast.CallExpr) bool {
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if fn.Pkg().Path() == "fmt" {
		return true
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	switch types.TypeString(t, nil) {
	case "bytes.Buffer", "strings.Builder":
		return true
	}
	return false
}

// alwaysNilError reports whether every return statement of body returns
// the literal nil as its last result.
func alwaysNilError(info *types.Info, body *ast.BlockStmt) bool {
	returns, allNil := 0, true
	inspectOwn(body, func(n ast.Node) {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok {
			return
		}
		returns++
		if len(ret.Results) < 2 {
			allNil = false // a bare return, or return f()
			return
		}
		last, ok := ast.Unparen(ret.Results[len(ret.Results)-1]).(*ast.Ident)
		if !ok {
			allNil = false
			return
		}
		if _, isNil := info.Uses[last].(*types.Nil); !isNil {
			allNil = false
		}
	})
	return returns > 0 && allNil
}

// inspectOwn calls f for the nodes of body outside function literals.
func inspectOwn(body *ast.BlockStmt, f func(ast.Node)) {
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if n != nil {
			f(n)
		}
		return true
	})
}

func isBlank(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Name == "_"
}

func isError(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}
