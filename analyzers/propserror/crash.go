package propserror

import (
	"go/ast"
	"go/types"

	"github.com/ssrlint/ssrlint/internal/lintpass"
	"golang.org/x/tools/go/types/typeutil"
)

// A crasher is a standard library function that ends the request or the
// process instead of returning an error.
type crasher struct {
	exits bool // ends the process: no recover helps
	must  bool // panics only when its input is bad: a constant input is checked once
}

var crashers = map[string]crasher{
	"os.Exit":                     {exits: true},
	"log.Fatal":                   {exits: true},
	"log.Fatalf":                  {exits: true},
	"log.Fatalln":                 {exits: true},
	"(*log.Logger).Fatal":         {exits: true},
	"(*log.Logger).Fatalf":        {exits: true},
	"(*log.Logger).Fatalln":       {exits: true},
	"log.Panic":                   {},
	"log.Panicf":                  {},
	"log.Panicln":                 {},
	"(*log.Logger).Panic":         {},
	"(*log.Logger).Panicf":        {},
	"(*log.Logger).Panicln":       {},
	"text/template.Must":          {must: true},
	"html/template.Must":          {must: true},
	"regexp.MustCompile":          {must: true},
	"regexp.MustCompilePOSIX":     {must: true},
	"net/netip.MustParseAddr":     {must: true},
	"net/netip.MustParseAddrPort": {must: true},
	"net/netip.MustParsePrefix":   {must: true},
}

// checkCrashes reports the calls in r's body that crash instead of
// returning an error. Deferred calls are skipped: a panic there is a
// recover handler passing a panic on.
func checkCrashes(p *lintpass.Pass, r *reached) {
	page := errorPage(r.props.Role)
	ast.Inspect(r.decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			return false
		case *ast.CallExpr:
			name, c, ok := crashCall(p.TypesInfo, n)
			switch {
			case !ok, c.must && constantInput(p.TypesInfo, n), r.recovers && !c.exits:
				// no crash, or none that can happen here
			case c.exits:
				p.Reportf(n.Pos(), "%s in %s exits the whole server process instead of rendering %s; return an error from %s instead",
					name, r.where, page, r.props.Decl.Name.Name)
			case c.must:
				p.Reportf(n.Pos(), "%s in %s panics on a bad input at request time instead of rendering %s; use the variant that returns an error and return it from %s",
					name, r.where, page, r.props.Decl.Name.Name)
			default:
				p.Reportf(n.Pos(), "%s in %s aborts the request instead of rendering %s (net/http drops the connection); return an error from %s instead",
					name, r.where, page, r.props.Decl.Name.Name)
			}
		}
		return true
	})
}

// crashCall returns the name of the call's crashing callee.
func crashCall(info *types.Info, call *ast.CallExpr) (string, crasher, bool) {
	if isBuiltin(info, call, "panic") {
		return "panic", crasher{}, true
	}
	fn := typeutil.StaticCallee(info, call)
	if fn == nil {
		return "", crasher{}, false
	}
	c, ok := crashers[fn.FullName()]
	return types.ExprString(call.Fun), c, ok
}

// constantInput reports whether a Must helper's input is a constant (or,
// for template.Must, a Parse of a constant text), so it fails on every
// call or never: a test finds that, not a user.
func constantInput(info *types.Info, call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	arg := ast.Unparen(call.Args[0])
	if parse, ok := arg.(*ast.CallExpr); ok {
		if sel, ok := parse.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Parse" && len(parse.Args) == 1 {
			arg = parse.Args[0]
		}
	}
	return info.Types[arg].Value != nil
}

func isBuiltin(info *types.Info, call *ast.CallExpr, name string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// defersRecover reports whether body defers a function that calls
// recover: a function literal, or a function of the package.
func defersRecover(p *lintpass.Pass, body *ast.BlockStmt, decls map[*types.Func]*ast.FuncDecl) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			switch fun := ast.Unparen(n.Call.Fun).(type) {
			case *ast.FuncLit:
				found = found || callsRecover(p.TypesInfo, fun.Body)
			default:
				if fn := typeutil.StaticCallee(p.TypesInfo, n.Call); fn != nil && decls[fn.Origin()] != nil {
					found = found || callsRecover(p.TypesInfo, decls[fn.Origin()].Body)
				}
			}
			return false
		}
		return !found
	})
	return found
}

// callsRecover reports whether body calls recover itself (recover only
// stops a panic when called directly by the deferred function).
func callsRecover(info *types.Info, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			found = found || isBuiltin(info, n, "recover")
		}
		return !found
	})
	return found
}
