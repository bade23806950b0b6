package browserbuild

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

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

// The entry functions of vecty and vugu: vecty renders into the page's
// body or a selector; vugu mains create a DOM renderer. go-app's are in
// goAppEntry.
var entryFuncs = []entryFunc{
	{"github.com/hexops/vecty", "RenderBody", "vecty"},
	{"github.com/hexops/vecty", "RenderInto", "vecty"},
	{"github.com/hexops/vecty", "RenderIntoNode", "vecty"},
	{"github.com/gopherjs/vecty", "RenderBody", "vecty"},
	{"github.com/gopherjs/vecty", "RenderInto", "vecty"},
	{"github.com/vugu/vugu/domrender", "New", "vugu"},
	{"github.com/vugu/vugu/domrender", "NewJSRenderer", "vugu"},
}

// goAppEntry returns the entry function of the go-app package path, or
// "": v6 and v7 start the browser app with Run (the server build panics
// in it); v8 renamed it RunWhenOnBrowser, a no-op on the server, so that
// one main serves both builds.
func goAppEntry(path string) string {
	switch GoAppVersion(path) {
	case 0:
		return ""
	case 6, 7:
		return "Run"
	}
	return "RunWhenOnBrowser"
}

// GoAppVersion returns the major version of go-app whose pkg/app package
// path is (6 to 11), or 0.
func GoAppVersion(path string) int {
	rest, ok := strings.CutPrefix(path, "github.com/maxence-charriere/go-app/v")
	if !ok {
		return 0
	}
	major, ok := strings.CutSuffix(rest, "/pkg/app")
	if !ok {
		return 0
	}
	if v, err := strconv.Atoi(major); err == nil && 6 <= v && v <= 11 {
		return v
	}
	return 0
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
		if framework := entryFramework(fn); framework != "" {
			found = &Entry{Framework: framework, Call: fn.Pkg().Name() + "." + fn.Name(), ServerGuard: serverGuards[framework]}
		}
		return true
	})
	return found
}

// entryFramework returns the framework whose entry function fn is, or "".
func entryFramework(fn *types.Func) string {
	path := fn.Pkg().Path()
	if name := goAppEntry(path); name != "" {
		if fn.Name() == name {
			return "go-app"
		}
		return ""
	}
	for _, ef := range entryFuncs {
		if path == ef.pkg && fn.Name() == ef.name {
			return ef.framework
		}
	}
	return ""
}
