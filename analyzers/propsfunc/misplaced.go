package propsfunc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/ssrlint/ssrlint/internal/editdist"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/pages"
)

// checkMisplaced reports, in a page package, props functions the renderer
// never calls: methods, variables, struct fields, and top-level functions
// whose name is a props function's name unexported or misspelled.
func checkMisplaced(p *lintpass.Pass) {
	for _, f := range p.Files {
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				checkFuncDecl(p, decl)
			case *ast.GenDecl:
				checkGenDecl(p, decl)
			}
		}
	}
}

func checkFuncDecl(p *lintpass.Pass, fd *ast.FuncDecl) {
	name := fd.Name.Name
	if fd.Recv != nil {
		if pages.RoleOf(name, p.Config) != 0 {
			p.Reportf(fd.Name.Pos(), "%s is a method of %s: the renderer only calls a standalone top-level function; make it a function of the page package",
				name, types.ExprString(fd.Recv.List[0].Type))
		}
		return
	}
	if pages.RoleOf(name, p.Config) != 0 {
		return
	}
	if want := nearPropsFuncName(p, name); want != "" {
		p.Reportf(fd.Name.Pos(), "%s looks like %s but is not named %s, so the renderer never calls it; rename it to %s",
			name, want, want, want)
	}
}

func checkGenDecl(p *lintpass.Pass, gd *ast.GenDecl) {
	for _, spec := range gd.Specs {
		switch spec := spec.(type) {
		case *ast.ValueSpec:
			if gd.Tok != token.VAR {
				continue
			}
			for _, id := range spec.Names {
				if isFuncValue(p, id) && pages.RoleOf(id.Name, p.Config) != 0 {
					p.Reportf(id.Pos(), "%s is a package-level variable, not a function declaration: the renderer only calls a standalone function; declare it with func", id.Name)
				}
			}
		case *ast.TypeSpec:
			checkFields(p, spec)
		}
	}
}

func checkFields(p *lintpass.Pass, spec *ast.TypeSpec) {
	st, ok := spec.Type.(*ast.StructType)
	if !ok {
		return
	}
	for _, field := range st.Fields.List {
		for _, id := range field.Names {
			if isFuncValue(p, id) && pages.RoleOf(id.Name, p.Config) != 0 {
				p.Reportf(id.Pos(), "%s is a field of %s: the renderer only calls a standalone function, not a property of the page component; declare func %s at top level",
					id.Name, spec.Name.Name, id.Name)
			}
		}
	}
}

func isFuncValue(p *lintpass.Pass, id *ast.Ident) bool {
	obj := p.TypesInfo.Defs[id]
	if obj == nil {
		return false
	}
	_, ok := obj.Type().Underlying().(*types.Signature)
	return ok
}

// nearPropsFuncName returns the props function name that name is a
// near-miss of (same letters in another case, or one edit away), or "".
func nearPropsFuncName(p *lintpass.Pass, name string) string {
	for _, want := range p.Config.PropsFuncs.All() {
		if strings.EqualFold(name, want) || editdist.Distance(strings.ToLower(name), strings.ToLower(want)) <= 1 {
			return want
		}
	}
	return ""
}
