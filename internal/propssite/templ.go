package propssite

import (
	"go/types"

	"github.com/ssrlint/ssrlint/internal/jsonshape"
)

// templ (github.com/a-h/templ) writes values into <script> elements and
// attributes as JSON: JSONScript(id, v) renders a <script
// type="application/json">, JSONString(v) is used in x-data, data-signals
// and other attributes, JSFuncCall(name, args...) and SafeScript /
// SafeScriptInline(name, params...) write their arguments as JS
// literals, and {{ v }} inside a <script> in a .templ file becomes a call
// to one of templ/runtime's ScriptContent functions in the generated code.
// Calls in hand-written Go code are sites, and so are these calls in
// templ's generated *_templ.go files, the only sites looked for there.
func init() {
	register(&Adapter{Name: "templ", Call: templCall, InTempl: true})
}

const (
	templPkg        = "github.com/a-h/templ"
	templRuntimePkg = "github.com/a-h/templ/runtime"
)

var scriptRoot = jsonshape.Path{Go: "script", JSON: "script"}

func templCall(fn *types.Func) *CallSpec {
	if fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return nil
	}
	switch fn.Pkg().Path() {
	case templPkg:
		switch fn.Name() {
		case "JSONScript":
			return &CallSpec{Kind: "script data", Name: "templ.JSONScript", Value: 1, Key: 0, Root: scriptRoot}
		case "JSONString":
			return &CallSpec{Kind: "script data", Name: "templ.JSONString", Value: 0, Key: -1, Root: scriptRoot}
		case "JSFuncCall":
			return &CallSpec{Kind: "script arguments", Name: "templ.JSFuncCall", Value: 1, Key: -1, Root: scriptRoot.Elem()}
		case "SafeScript", "SafeScriptInline":
			return &CallSpec{Kind: "script arguments", Name: "templ." + fn.Name(), Value: 1, Key: -1, Root: scriptRoot.Elem()}
		}
	case templRuntimePkg:
		switch fn.Name() {
		case "ScriptContentOutsideStringLiteral", "ScriptContentInsideStringLiteral",
			"ScriptContentInsideTemplateLiteral", "ScriptContentInsideRegexp":
			return &CallSpec{Kind: "script data", Name: "{{ }} in <script>", Value: 0, Key: -1, Root: scriptRoot}
		}
	}
	return nil
}
