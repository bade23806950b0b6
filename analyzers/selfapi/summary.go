package selfapi

import (
	"fmt"
	"go/token"
	"path/filepath"
	"strings"

	"github.com/ssrlint/ssrlint/internal/urlval"
	"golang.org/x/tools/go/ssa"
)

// requestsOf returns the requests fn sends, itself (function literals in
// it included: what a props function starts in a goroutine or errgroup
// runs on its behalf) or through the functions it calls. Results are
// memoized; a recursive call contributes nothing.
func (c *checker) requestsOf(fn *ssa.Function) []request {
	if reqs, ok := c.summaries[fn]; ok {
		return reqs
	}
	c.summaries[fn] = nil // in progress
	var reqs []request
	forEachCall(fn, func(call ssa.CallInstruction) {
		reqs = c.appendCandidates(reqs, c.requestsAt(call)...)
	})
	c.summaries[fn] = reqs
	return reqs
}

// forEachCall calls f for every call in fn and its function literals.
func forEachCall(fn *ssa.Function, f func(ssa.CallInstruction)) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				f(call)
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		forEachCall(anon, f)
	}
}

// requestsAt returns the requests a call sends: the request of a sink, or
// the requests of the called function with the call's arguments in place
// of its parameters.
func (c *checker) requestsAt(instr ssa.CallInstruction) []request {
	call := instr.Common()
	if s, ok := sinkOf(call, c.p.Config); ok {
		method := s.method
		if s.req {
			method = c.eval.Method(s.url)
		}
		return []request{{Method: method, URL: c.eval.URL(s.url), At: c.position(instr.Pos())}}
	}
	callee := call.StaticCallee()
	if callee == nil || callee.Parent() != nil || !declared(callee) {
		return nil
	}
	if generic := callee.Origin(); generic != nil {
		callee = generic // an instance's body is its generic function's
	}
	var sub []request
	if callee.Pkg == c.ssa.Pkg {
		sub = c.requestsOf(callee)
	} else if obj := callee.Object(); obj != nil {
		var fact requestsFact
		if c.p.ImportObjectFact(obj, &fact) {
			sub = fact.Requests
		}
	}
	var out []request
	for _, r := range sub {
		if len(r.Chain) >= maxChain {
			continue
		}
		out = append(out, request{
			Method: r.Method,
			URL:    r.URL.Substitute(func(i int) urlval.URL { return c.argURL(call, i) }),
			At:     r.At,
			Chain:  append([]string{chainName(callee)}, r.Chain...),
		})
	}
	return out
}

// declared reports whether fn is a function or method declared in Go
// source (of this package, or of another one known from its types), not a
// wrapper, thunk or bound method whose parameters differ from the
// method's.
func declared(fn *ssa.Function) bool {
	return fn.Synthetic == "" || strings.HasPrefix(fn.Synthetic, "from type information")
}

// argURL evaluates the argument for parameter i of the callee.
func (c *checker) argURL(call *ssa.CallCommon, i int) urlval.URL {
	if i >= len(call.Args) {
		return urlval.Hole(urlval.Unknown, "")
	}
	return c.eval.URL(call.Args[i])
}

// appendCandidates appends the requests that may reach this app's API and
// are not there yet, up to maxRequests.
func (c *checker) appendCandidates(list []request, reqs ...request) []request {
	for _, r := range reqs {
		if len(list) >= maxRequests || !c.candidate(r.URL) || containsRequest(list, r) {
			continue
		}
		list = append(list, r)
	}
	return list
}

func containsRequest(list []request, r request) bool {
	for _, x := range list {
		if x.Method == r.Method && x.URL.String() == r.URL.String() {
			return true
		}
	}
	return false
}

// chainName names a function in a chain the way a stack trace does:
// posts.Load, posts.Client.Posts.
func chainName(fn *ssa.Function) string {
	name := fn.Name()
	if recv := fn.Signature.Recv(); recv != nil {
		name = typeName(recv.Type()) + "." + name
	}
	if fn.Pkg != nil {
		return fn.Pkg.Pkg.Name() + "." + name
	}
	return name
}

// position renders pos as "dir/file.go:line".
func (c *checker) position(pos token.Pos) string {
	at := c.p.Fset.Position(pos)
	if !at.IsValid() {
		return "?"
	}
	return fmt.Sprintf("%s/%s:%d", filepath.Base(filepath.Dir(at.Filename)), filepath.Base(at.Filename), at.Line)
}
