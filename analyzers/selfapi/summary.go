package selfapi

import (
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"

	"golang.org/x/tools/go/ssa"

	"github.com/ssrlint/ssrlint/internal/gotypes"
	"github.com/ssrlint/ssrlint/internal/urlval"
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
// the requests of the functions the call may run (see callees) with the
// call's arguments in place of their parameters.
func (c *checker) requestsAt(instr ssa.CallInstruction) []request {
	call := instr.Common()
	if s, ok := sinkOf(call, c.p.Config); ok {
		method := s.method
		if s.req {
			method = c.eval.Method(s.url)
		}
		return []request{{Method: method, URL: c.eval.URL(s.url), At: c.position(instr.Pos())}}
	}
	var out []request
	for _, callee := range c.callees(call) {
		for _, r := range c.requestsOfCallee(callee) {
			if len(r.Chain) >= maxChain {
				continue
			}
			out = append(out, request{
				Method: r.Method,
				URL:    r.URL.Substitute(func(i int) urlval.URL { return c.argURL(callee.args, i) }),
				At:     r.At,
				Chain:  append([]string{chainName(callee.obj) + callee.via}, r.Chain...),
			})
		}
	}
	return out
}

// requestsOfCallee returns the requests of a declared function: computed
// for this package's, from facts for the others'.
func (c *checker) requestsOfCallee(fn callee) []request {
	if fn.fn != nil {
		return c.requestsOf(fn.fn)
	}
	var fact requestsFact
	if c.p.ImportObjectFact(fn.obj, &fact) {
		return fact.Requests
	}
	return nil
}

// argURL evaluates the argument for parameter i of the callee.
func (c *checker) argURL(args []ssa.Value, i int) urlval.URL {
	if i >= len(args) || args[i] == nil {
		return urlval.Hole(urlval.Unknown, "")
	}
	return c.eval.URL(args[i])
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
func chainName(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		name = gotypes.NamedName(recv.Type()) + "." + name
	}
	if fn.Pkg() != nil {
		return fn.Pkg().Name() + "." + name
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
