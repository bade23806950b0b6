package cachecontrol

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/textproto"

	"golang.org/x/tools/go/types/typeutil"
	staticcheck "honnef.co/go/tools/go/types/typeutil"
)

// A headerWrite is one place that sets a header field on an http.Header:
// h.Set/Add(key, v), h[key] = []string{...}, http.Header{key: {...}}.
type headerWrite struct {
	key    string     // canonical field name
	values []ast.Expr // the field values written
	fn     ast.Node   // innermost enclosing *ast.FuncDecl or *ast.FuncLit; nil at package level
	varied bool       // written by a setter that also sets Vary on the credentials
}

// findHeaderWrites returns the writes to the fields in keys (canonical).
func findHeaderWrites(info *types.Info, files []*ast.File, keys ...string) []headerWrite {
	var out []headerWrite
	add := func(keyExpr ast.Expr, values []ast.Expr, stack []ast.Node) {
		key, ok := headerKey(info, keyExpr)
		if !ok || len(values) == 0 {
			return
		}
		for _, k := range keys {
			if k == key {
				out = append(out, headerWrite{key: key, values: values, fn: enclosingFunc(stack)})
			}
		}
	}
	for _, f := range files {
		ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if isHeaderSetter(info, n) {
					add(n.Args[0], n.Args[1:2], stack)
				}
			case *ast.AssignStmt:
				if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
					break
				}
				for i, lhs := range n.Lhs {
					if ix, ok := lhs.(*ast.IndexExpr); ok && isHeader(info.TypeOf(ix.X)) {
						add(ix.Index, elements(n.Rhs[i]), stack)
					}
				}
			case *ast.CompositeLit:
				if isHeader(info.TypeOf(n)) {
					for _, el := range n.Elts {
						if kv, ok := el.(*ast.KeyValueExpr); ok {
							add(kv.Key, elements(kv.Value), stack)
						}
					}
				}
			}
			return true
		})
	}
	return out
}

// headerKey returns the canonical field name of a constant key.
func headerKey(info *types.Info, x ast.Expr) (string, bool) {
	tv, ok := info.Types[x]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	// Set and Add canonicalize the key; a key written into the map
	// directly goes on the wire as spelled, and field names are
	// case-insensitive, so it is the same field.
	return textproto.CanonicalMIMEHeaderKey(constant.StringVal(tv.Value)), true
}

func isHeaderSetter(info *types.Info, call *ast.CallExpr) bool {
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || len(call.Args) != 2 {
		return false
	}
	name := fn.FullName()
	return name == "(net/http.Header).Set" || name == "(net/http.Header).Add"
}

func isHeader(t types.Type) bool { return staticcheck.IsTypeWithName(t, "net/http.Header") }

// elements returns the elements of a []string literal: the field values.
func elements(x ast.Expr) []ast.Expr {
	if lit, ok := ast.Unparen(x).(*ast.CompositeLit); ok {
		return lit.Elts
	}
	return nil
}

func enclosingFunc(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return stack[i]
		}
	}
	return nil
}
