package propssite

import (
	"go/token"
	"go/types"

	"github.com/ssrlint/ssrlint/internal/browserbuild"
	"github.com/ssrlint/ssrlint/internal/gotypes"
	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"golang.org/x/tools/go/ssa"
)

// go-app (v6 to v11): the Env of an app.Handler (app.Environment up to v9,
// map[string]string from v10) is written into app.js, which every visitor
// downloads, and read in the browser with app.Getenv. Its sites are the
// stores into a Handler's Env (a composite literal &app.Handler{Env: ...},
// also the one given to app.GenerateStaticWebsite, or h.Env = m) and the
// map updates through it (h.Env["KEY"] = v).
func init() {
	register(&Adapter{Name: "go-app", Instr: goAppEnv, Mentions: isEnvField})
}

// isEnvField reports whether obj is the Env field of go-app's Handler.
func isEnvField(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.IsField() && v.Name() == "Env" && v.Pkg() != nil && browserbuild.GoAppVersion(v.Pkg().Path()) != 0
}

// envRoot is the path of a Handler's Env: each key is a variable of the
// browser's environment.
var envRoot = jsonshape.Path{Go: "Handler.Env", JSON: "env"}

func goAppEnv(fn *ssa.Function, instr ssa.Instruction) *Site {
	switch instr := instr.(type) {
	case *ssa.Store:
		if isHandlerEnv(instr.Addr) {
			return envSite(fn, instr.Val, envRoot, instr.Pos())
		}
	case *ssa.MapUpdate:
		load, ok := instr.Map.(*ssa.UnOp)
		if !ok || load.Op != token.MUL || !isHandlerEnv(load.X) {
			return nil
		}
		path := envRoot.Elem()
		if k, ok := gotypes.ConstString(instr.Key); ok {
			path = envRoot.Key(k)
		}
		return envSite(fn, instr.Value, path, instr.Pos())
	}
	return nil
}

// isHandlerEnv reports whether addr is the address of the Env field of a
// go-app Handler.
func isHandlerEnv(addr ssa.Value) bool {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	named, ok := types.Unalias(jsonshape.Deref(fa.X.Type())).(*types.Named)
	if !ok || named.Obj().Name() != "Handler" || named.Obj().Pkg() == nil ||
		browserbuild.GoAppVersion(named.Obj().Pkg().Path()) == 0 {
		return false
	}
	st, ok := named.Underlying().(*types.Struct)
	return ok && fa.Field < st.NumFields() && st.Field(fa.Field).Name() == "Env"
}

func envSite(fn *ssa.Function, v ssa.Value, path jsonshape.Path, pos token.Pos) *Site {
	return &Site{
		Kind:    "app.js environment",
		Name:    "app.Handler.Env",
		Handler: fn,
		Pos:     pos,
		Dest:    "app.js (downloaded by every visitor)",
		Values:  []Value{{Type: v.Type(), Path: path, SSA: v, Pos: pos}},
	}
}
