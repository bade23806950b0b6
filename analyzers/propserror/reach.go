package propserror

import (
	"cmp"
	"go/ast"
	"go/types"
	"slices"

	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/pages"
)

// A reached function is a props function, or a function of its package
// that only props functions and other reached functions refer to: what
// happens in it happens while a props function runs.
type reached struct {
	decl  *ast.FuncDecl
	props *pages.PropsFunc // the props function it is reached from
	// where names the function for messages: "GetServerSideProps",
	// "loadPosts (called by GetServerSideProps)".
	where string
	// recovers is set when the function or its props function defers a
	// call to recover: a panic becomes whatever the handler makes of it.
	recovers bool
}

// reach returns the props functions and the functions only they reach,
// props functions first, then in source order.
func reach(p *lintpass.Pass, funcs []*pages.PropsFunc) []*reached {
	order := declOrder(p)
	decls := packageFuncs(p, order)
	byDecl := map[*ast.FuncDecl]*reached{}
	var out []*reached
	for _, f := range funcs {
		r := &reached{decl: f.Decl, props: f, where: f.Decl.Name.Name, recovers: defersRecover(p, f.Decl.Body, decls)}
		byDecl[f.Decl] = r
		out = append(out, r)
	}
	refs := references(p, decls, order)
	for changed := true; changed; {
		changed = false
		for _, fd := range order {
			if byDecl[fd] != nil || len(refs[fd]) == 0 {
				continue
			}
			caller, only := onlyFrom(refs[fd], byDecl)
			if !only {
				continue
			}
			r := &reached{
				decl:     fd,
				props:    caller.props,
				where:    fd.Name.Name + " (called by " + caller.props.Decl.Name.Name + ")",
				recovers: caller.recovers || defersRecover(p, fd.Body, decls),
			}
			byDecl[fd] = r
			out = append(out, r)
			changed = true
		}
	}
	return out
}

// onlyFrom reports whether every reference is inside a reached function,
// and returns the first such function.
func onlyFrom(from []*ast.FuncDecl, byDecl map[*ast.FuncDecl]*reached) (*reached, bool) {
	for _, fd := range from {
		if byDecl[fd] == nil {
			return nil, false
		}
	}
	return byDecl[from[0]], true
}

// packageFuncs maps the functions and methods declared with a body in the
// package's files to their declarations.
func packageFuncs(p *lintpass.Pass, order []*ast.FuncDecl) map[*types.Func]*ast.FuncDecl {
	decls := map[*types.Func]*ast.FuncDecl{}
	for _, fd := range order {
		if fn, ok := p.TypesInfo.Defs[fd.Name].(*types.Func); ok {
			decls[fn] = fd
		}
	}
	return decls
}

func declOrder(p *lintpass.Pass) []*ast.FuncDecl {
	var out []*ast.FuncDecl
	for _, f := range p.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				out = append(out, fd)
			}
		}
	}
	return out
}

// references maps each package function to the functions whose bodies
// refer to it, in source order; a reference outside the bodies of order (a
// package-level variable) is recorded as nil, so the function
// is never only reached from props functions.
func references(p *lintpass.Pass, decls map[*types.Func]*ast.FuncDecl, order []*ast.FuncDecl) map[*ast.FuncDecl][]*ast.FuncDecl {
	var ids []*ast.Ident
	for id, obj := range p.TypesInfo.Uses {
		// Tests are not callers: what counts is who calls it in production.
		if fn, ok := obj.(*types.Func); ok && decls[fn.Origin()] != nil && p.InScope(id.Pos()) {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b *ast.Ident) int { return cmp.Compare(a.Pos(), b.Pos()) })
	refs := map[*ast.FuncDecl][]*ast.FuncDecl{}
	for _, id := range ids {
		target := decls[p.TypesInfo.Uses[id].(*types.Func).Origin()]
		refs[target] = append(refs[target], enclosingDecl(order, id))
	}
	return refs
}

// enclosingDecl returns the declaration whose body holds id, or nil.
func enclosingDecl(order []*ast.FuncDecl, id *ast.Ident) *ast.FuncDecl {
	for _, fd := range order {
		if fd.Body.Pos() <= id.Pos() && id.Pos() < fd.Body.End() {
			return fd
		}
	}
	return nil
}
