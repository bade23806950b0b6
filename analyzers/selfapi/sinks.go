package selfapi

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
	"honnef.co/go/tools/go/types/typeutil"

	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/gotypes"
)

// sink is a call that sends an HTTP request.
type sink struct {
	url    ssa.Value // the URL string or *url.URL, or the *http.Request sent
	method string    // the method the sink implies ("GET" for http.Get)
	req    bool      // url is an *http.Request: the method is its own
}

// sinkOf returns the request a call sends, when the call is one of
// net/http's client functions, a Do(*http.Request) method, or a sink
// configured with http-sinks.
func sinkOf(call *ssa.CallCommon, cfg *config.Config) (sink, bool) {
	pkg, recv, name := gotypes.FuncName(gotypes.Callee(call))
	if pkg == "" {
		return sink{}, false
	}
	args := argsWithoutReceiver(call)
	switch {
	case isClientFunc(pkg, recv, name):
		return sink{url: args[0], method: strings.ToUpper(strings.TrimSuffix(name, "Form"))}, true
	case name == "Do" && len(args) == 1 && isRequest(args[0].Type()):
		return sink{url: args[0], req: true}, true
	}
	for _, s := range cfg.HTTPSinks {
		if !isConfiguredSink(s, pkg, recv, name) || s.URLArg >= len(args) {
			continue
		}
		method := strings.ToUpper(name)
		if !slices.Contains([]string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}, method) {
			method = ""
		}
		return sink{url: args[s.URLArg], method: method, req: isRequest(args[s.URLArg].Type())}, true
	}
	return sink{}, false
}

// maySend reports whether a call to fn may be a sink: sinkOf decides,
// with the call's arguments.
func maySend(fn *types.Func, cfg *config.Config) bool {
	pkg, recv, name := gotypes.FuncName(fn)
	if pkg == "" {
		return false
	}
	if isClientFunc(pkg, recv, name) || name == "Do" && mayTakeRequest(fn.Signature()) {
		return true
	}
	for _, s := range cfg.HTTPSinks {
		if isConfiguredSink(s, pkg, recv, name) {
			return true
		}
	}
	return false
}

// mayTakeRequest reports whether a Do method's argument may be an
// *http.Request, as sinkOf requires (sync.Once.Do's is not): its one
// parameter is one, or a type parameter that may be instantiated as one.
func mayTakeRequest(sig *types.Signature) bool {
	if sig.Params().Len() != 1 {
		return false
	}
	t := sig.Params().At(0).Type()
	_, generic := t.(*types.TypeParam)
	return generic || isRequest(t)
}

// isClientFunc reports whether a function is one of net/http's client
// functions or *http.Client methods that take the URL first.
func isClientFunc(pkg, recv, name string) bool {
	return pkg == "net/http" && (recv == "" || recv == "Client") && slices.Contains([]string{"Get", "Head", "Post", "PostForm"}, name)
}

func isConfiguredSink(s config.HTTPSink, pkg, recv, name string) bool {
	return s.Func == pkg+"."+name || s.Func == pkg+"."+recv+"."+name
}

func argsWithoutReceiver(call *ssa.CallCommon) []ssa.Value {
	if !call.IsInvoke() && call.Signature().Recv() != nil && len(call.Args) > 0 {
		return call.Args[1:]
	}
	return call.Args
}

func isRequest(t types.Type) bool {
	return typeutil.IsPointerToTypeWithName(t, "net/http.Request")
}
