package cachecontrol

import (
	"go/ast"
	"go/token"
	"go/types"
)

// singleDefinitions maps each constant, local variable and unexported
// package-level variable of files to the one expression it is ever given.
// A variable that is assigned again, incremented or has its address taken
// is left out: its value at a later use is not known.
func singleDefinitions(info *types.Info, files []*ast.File) map[types.Object]ast.Expr {
	defs := map[types.Object]ast.Expr{}
	spoiled := map[types.Object]bool{}
	define := func(id *ast.Ident, x ast.Expr) {
		if obj := info.Defs[id]; obj != nil && x != nil {
			defs[obj] = x
		}
	}
	spoil := func(x ast.Expr) {
		if id, ok := ast.Unparen(x).(*ast.Ident); ok && info.Uses[id] != nil {
			spoiled[info.Uses[id]] = true
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				if len(n.Values) == len(n.Names) {
					for i, id := range n.Names {
						define(id, n.Values[i])
					}
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					if id, ok := lhs.(*ast.Ident); ok && n.Tok == token.DEFINE && info.Defs[id] != nil {
						if len(n.Lhs) == len(n.Rhs) {
							define(id, n.Rhs[i])
						}
						continue
					}
					spoil(lhs)
				}
			case *ast.IncDecStmt:
				spoil(n.X)
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					spoil(n.X)
				}
			}
			return true
		})
	}
	for obj := range defs {
		if spoiled[obj] || isExportedPackageVar(obj) {
			delete(defs, obj)
		}
	}
	return defs
}

// isExportedPackageVar reports whether obj is a variable other packages
// can assign.
func isExportedPackageVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Exported() && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}
