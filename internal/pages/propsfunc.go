package pages

import (
	"go/ast"
	"go/types"

	"github.com/ssrlint/ssrlint/internal/config"
)

// Role says which of the three props functions a function is.
type Role int

// The roles.
const (
	ServerSide  Role = iota + 1 // GetServerSideProps
	Static                      // GetStaticProps
	StaticPaths                 // GetStaticPaths
)

// PropsFunc is a top-level props function declaration.
type PropsFunc struct {
	Decl *ast.FuncDecl
	Func *types.Func
	Role Role
	// Props is the props type (see PropsType); nil when the function has
	// no results. For GetStaticPaths it is the paths type.
	Props types.Type
}

// RoleOf returns the role of a function named name, or 0.
func RoleOf(name string, cfg *config.Config) Role {
	switch name {
	case cfg.PropsFuncs.ServerSide:
		return ServerSide
	case cfg.PropsFuncs.Static:
		return Static
	case cfg.PropsFuncs.StaticPaths:
		return StaticPaths
	}
	return 0
}

// PropsFuncs returns the top-level functions (not methods) of files named
// like a props function. It does not check that the package is a page.
func PropsFuncs(files []*ast.File, info *types.Info, cfg *config.Config) []*PropsFunc {
	var out []*PropsFunc
	for _, f := range files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv != nil {
				continue
			}
			role := RoleOf(fd.Name.Name, cfg)
			fn, _ := info.Defs[fd.Name].(*types.Func)
			if role == 0 || fn == nil {
				continue
			}
			out = append(out, &PropsFunc{Decl: fd, Func: fn, Role: role, Props: PropsType(fn.Signature())})
		}
	}
	return out
}

// PropsType returns the props type of a props function's signature: the
// first result; when that is a struct with a field named Props (Next's
// `{ props: ... }`), that field's type; when it is an instance of a generic
// type without such a field (`Result[P]`), its first type argument. It
// returns nil when there is no result.
func PropsType(sig *types.Signature) types.Type {
	if sig.Results().Len() == 0 {
		return nil
	}
	t := sig.Results().At(0).Type()
	base := t
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		base = ptr.Elem()
	}
	if st, ok := base.Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			if f := st.Field(i); f.Name() == "Props" {
				return f.Type()
			}
		}
	}
	if named, ok := types.Unalias(base).(*types.Named); ok && named.TypeArgs().Len() > 0 {
		return named.TypeArgs().At(0)
	}
	return t
}

// ReturnsError reports whether sig's last result is the error type.
func ReturnsError(sig *types.Signature) bool {
	n := sig.Results().Len()
	return n > 0 && types.Identical(sig.Results().At(n-1).Type(), types.Universe.Lookup("error").Type())
}
