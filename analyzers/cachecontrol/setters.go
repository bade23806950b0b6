package cachecontrol

import (
	"go/ast"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/types/typeutil"
)

// setterFact marks a function that writes one of its parameters as the
// value of a header field: func Set(w http.ResponseWriter, v string) {
// w.Header().Set("Cache-Control", v) }. Its callers' arguments are the
// values written, checked where they are given.
type setterFact struct {
	Key    string // canonical field name
	Param  int    // index of the parameter written, receiver excluded
	Varies bool   // the function also sets Vary on the request's credentials
}

func (*setterFact) AFact() {}

func (f *setterFact) String() string {
	s := "sets " + f.Key + " to parameter " + strconv.Itoa(f.Param)
	if f.Varies {
		s += ", varies on credentials"
	}
	return s
}

// setterWrites returns the writes made through setters: for each call of
// a setter of this package or of another one (from its fact), the
// argument is a write of the calling function. It exports a fact for
// each setter of this package: a function whose one write of a field is
// its parameter, or that passes its parameter on to a setter.
func (c *checker) setterWrites(writes []headerWrite) []headerWrite {
	local := map[*types.Func]*setterFact{}
	for _, w := range writes {
		if fn, idx, ok := c.paramOf(w.fn, w.values); ok && onlyWrite(writes, w) {
			local[fn] = &setterFact{Key: w.key, Param: idx, Varies: c.varies(w.fn)}
		}
	}
	if len(local) == 0 && !c.importsSetters() {
		return nil
	}
	var out []headerWrite
	for changed := true; changed; {
		changed, out = false, nil
		c.forEachCall(func(call *ast.CallExpr, fn ast.Node) {
			f, ok := c.setterOf(call, local)
			if !ok || f.Param >= len(call.Args) {
				return
			}
			arg := []ast.Expr{call.Args[f.Param]}
			if outer, idx, ok := c.paramOf(fn, arg); ok {
				if local[outer] == nil {
					local[outer] = &setterFact{Key: f.Key, Param: idx, Varies: f.Varies}
					changed = true
				}
				return
			}
			out = append(out, headerWrite{key: f.Key, values: arg, fn: fn, varied: f.Varies})
		})
	}
	for fn, f := range local {
		c.p.ExportObjectFact(fn, f)
	}
	return out
}

// onlyWrite reports whether w is the only write of its field in its
// function: a function that also writes other values is not a setter.
func onlyWrite(writes []headerWrite, w headerWrite) bool {
	n := 0
	for _, x := range writes {
		if x.fn == w.fn && x.key == w.key {
			n++
		}
	}
	return n == 1
}

// importsSetters reports whether a package this one depends on has a
// setter.
func (c *checker) importsSetters() bool {
	for _, f := range c.p.AllObjectFacts() {
		if _, ok := f.Fact.(*setterFact); ok {
			return true
		}
	}
	return false
}

// setterOf returns the fact of the setter a call calls.
func (c *checker) setterOf(call *ast.CallExpr, local map[*types.Func]*setterFact) (*setterFact, bool) {
	callee := typeutil.StaticCallee(c.p.TypesInfo, call)
	if callee == nil {
		return nil, false
	}
	if f, ok := local[callee]; ok {
		return f, true
	}
	var f setterFact
	if callee.Pkg() != c.p.Pkg && c.p.ImportObjectFact(callee, &f) {
		return &f, true
	}
	return nil, false
}

// paramOf reports whether values is a single parameter of the function
// declaration fn, and which.
func (c *checker) paramOf(fn ast.Node, values []ast.Expr) (*types.Func, int, bool) {
	decl, ok := fn.(*ast.FuncDecl)
	if !ok || len(values) != 1 {
		return nil, 0, false
	}
	id, ok := ast.Unparen(values[0]).(*ast.Ident)
	if !ok {
		return nil, 0, false
	}
	used := c.p.TypesInfo.Uses[id]
	idx := 0
	for _, field := range decl.Type.Params.List {
		for _, name := range field.Names {
			if c.p.TypesInfo.Defs[name] == used && used != nil {
				obj, ok := c.p.TypesInfo.Defs[decl.Name].(*types.Func)
				return obj, idx, ok
			}
			idx++
		}
		if len(field.Names) == 0 {
			idx++
		}
	}
	return nil, 0, false
}

// forEachCall calls f for each call in the package's files, with its
// innermost enclosing function.
func (c *checker) forEachCall(f func(*ast.CallExpr, ast.Node)) {
	for _, file := range c.p.Files {
		ast.PreorderStack(file, nil, func(n ast.Node, stack []ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				f(call, enclosingFunc(stack))
			}
			return true
		})
	}
}
