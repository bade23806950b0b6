package browserbuild

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Entry is a browser entry point: a main package that a Go WebAssembly
// framework compiles for the browser, so that its whole import closure
// ships to every visitor.
type Entry struct {
	Framework string // "go-app", "vecty", "vugu"
	Call      string // the call that makes the main one: "app.RunWhenOnBrowser"
	// ServerGuard is the framework's run-time check for the server side,
	// which people mistake for a build-time one; "" when it has none.
	ServerGuard string
}

func (e *Entry) String() string { return e.Framework + " main calling " + e.Call }

// entryFunc is a function whose call in a main package makes it a browser
// entry point.
type entryFunc struct {
	pkg, name string
	framework string
}

// The entry functions. go-app v6 and v7 start the browser app with Run
// (the server build panics in it); v8 renamed it RunWhenOnBrowser, a no-op
// on the server, so that one main serves both builds. vecty renders into
// the page's body or a selector; vugu mains create a DOM renderer.
var entryFuncs = []entryFunc{
	{"github.com/maxence-charriere/go-app/v6/pkg/app", "Run", "go-app"},
	{"github.com/maxence-charriere/go-app/v7/pkg/app", "Run", "go-app"},
	{"github.com/maxence-charriere/go-app/v8/pkg/app", "RunWhenOnBrowser", "go-app"},
	{"github.com/maxence-charriere/go-app/v9/pkg/app", "RunWhenOnBrowser", "go-app"},
	{"github.com/maxence-charriere/go-app/v10/pkg/app", "RunWhenOnBrowser", "go-app"},
	{"github.com/maxence-charriere/go-app/v11/pkg/app", "RunWhenOnBrowser", "go-app"},
	{"github.com/hexops/vecty", "RenderBody", "vecty"},
	{"github.com/hexops/vecty", "RenderInto", "vecty"},
	{"github.com/hexops/vecty", "RenderIntoNode", "vecty"},
	{"github.com/gopherjs/vecty", "RenderBody", "vecty"},
	{"github.com/gopherjs/vecty", "RenderInto", "vecty"},
	{"github.com/vugu/vugu/domrender", "New", "vugu"},
	{"github.com/vugu/vugu/domrender", "NewJSRenderer", "vugu"},
}

// serverGuards are the frameworks' run-time checks for the server side.
var serverGuards = map[string]string{"go-app": "app.IsServer"}

// EntryPoint returns the browser entry point that the package is, or nil:
// only a main package is compiled for the browser, and only a call in one
// of its files of the browser build counts. A library calling
// app.RunWhenOnBrowser does not make the mains importing it entry points.
func EntryPoint(pkg *types.Package, files []*ast.File, info *types.Info, filename func(*ast.File) string) *Entry {
	if pkg.Name() != "main" {
		return nil
	}
	for _, f := range files {
		if !Includes(filename(f)) {
			continue
		}
		if e := entryCall(f, info); e != nil {
			return e
		}
	}
	return nil
}

// entryCall returns the entry point of the first call to an entry function
// in f.
func entryCall(f *ast.File, info *types.Info) *Entry {
	var found *Entry
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found != nil {
			return found == nil
		}
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil {
			return true
		}
		for _, ef := range entryFuncs {
			if fn.Pkg().Path() == ef.pkg && fn.Name() == ef.name {
				found = &Entry{Framework: ef.framework, Call: fn.Pkg().Name() + "." + fn.Name(), ServerGuard: serverGuards[ef.framework]}
			}
		}
		return true
	})
	return found
}
