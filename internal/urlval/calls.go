package urlval

import (
	"go/constant"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/ssrlint/ssrlint/internal/gotypes"
)

// call evaluates the result (the first one, for a tuple) of a call.
func (e *Evaluator) call(call *ssa.Call, depth int) URL {
	callee := call.Call.StaticCallee()
	if callee == nil {
		return unknown(call)
	}
	args := call.Call.Args
	arg := func(i int) URL {
		if i >= len(args) {
			return Hole(Unknown, "")
		}
		return e.eval(args[i], depth)
	}
	switch callee.String() {
	case "fmt.Sprintf":
		if format, ok := gotypes.ConstString(args[0]); ok {
			if vals, ok := e.varargs(args[1], depth); ok {
				return Sprintf(format, vals)
			}
		}
	case "os.Getenv", "os.LookupEnv":
		if name, ok := gotypes.ConstString(args[0]); ok {
			return Hole(Env, name)
		}
	case "strings.TrimSuffix", "strings.TrimRight":
		if suffix, ok := gotypes.ConstString(args[1]); ok && suffix == "/" {
			return TrimSuffix(arg(0), suffix)
		}
	case "path.Join":
		if elems, ok := e.varargs(args[0], depth); ok {
			return JoinPath(elems...)
		}
	case "net/url.JoinPath", "(*net/url.URL).JoinPath":
		if elems, ok := e.varargs(args[1], depth); ok {
			return JoinPath(append([]URL{arg(0)}, elems...)...)
		}
	case "net/url.Parse", "net/url.ParseRequestURI", "(*net/url.URL).String",
		"(*net/http.Request).WithContext", "(*net/http.Request).Clone":
		return arg(0)
	case "(*net/url.URL).ResolveReference", "(*net/url.URL).Parse":
		return Resolve(arg(0), arg(1))
	case "(net/http.Header).Get":
		if name, ok := gotypes.ConstString(args[1]); ok && strings.EqualFold(name, "X-Forwarded-Host") {
			return Hole(RequestHost, "")
		}
	case "net/http.NewRequest":
		return arg(1)
	case "net/http.NewRequestWithContext":
		return arg(2)
	default:
		if callee.Pkg == e.pkg && callee.Blocks != nil {
			return e.helper(callee, args, depth)
		}
	}
	return unknown(call)
}

// helper evaluates a call of a function of the package by the URL its
// returns agree on, with the arguments substituted for its parameters.
func (e *Evaluator) helper(fn *ssa.Function, args []ssa.Value, depth int) URL {
	if e.inFlight[fn] || fn.Signature.Results().Len() == 0 {
		return Hole(Unknown, fn.Name()+"()")
	}
	e.inFlight[fn] = true
	defer delete(e.inFlight, fn)
	var result URL
	first := true
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) == 0 {
			continue
		}
		u := e.eval(ret.Results[0], depth)
		if !first && !equal(u, result) {
			return Hole(Unknown, fn.Name()+"()")
		}
		result, first = u, false
	}
	return result.Substitute(func(i int) URL {
		if i >= len(args) {
			return Hole(Unknown, "")
		}
		return e.eval(args[i], depth)
	})
}

// varargs returns the URLs of the elements of a variadic argument built
// at the call (f(a, b)); it reports false for a slice passed on (f(s...)).
func (e *Evaluator) varargs(v ssa.Value, depth int) ([]URL, bool) {
	if c, ok := v.(*ssa.Const); ok && c.IsNil() {
		return nil, true
	}
	slice, ok := v.(*ssa.Slice)
	if !ok {
		return nil, false
	}
	array, ok := slice.X.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	var vals []URL
	for _, ref := range referrers(array) {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		idx, ok := constInt(ia.Index)
		if !ok {
			return nil, false
		}
		for _, r := range referrers(ia) {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				for len(vals) <= idx {
					vals = append(vals, Hole(Unknown, ""))
				}
				vals[idx] = e.eval(st.Val, depth)
			}
		}
	}
	return vals, true
}

func constInt(v ssa.Value) (int, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return 0, false
	}
	n, ok := constant.Int64Val(c.Value)
	return int(n), ok && n >= 0 && n < 1<<16
}

// Method returns the HTTP method of the request v designates, when it is a
// constant given to http.NewRequest or set in an http.Request literal.
func (e *Evaluator) Method(v ssa.Value) string {
	for range maxDepth {
		switch x := v.(type) {
		case *ssa.Extract:
			v = x.Tuple
			continue
		case *ssa.Alloc:
			if stores := fieldStores(x)["Method"]; len(stores) == 1 {
				m, _ := gotypes.ConstString(stores[0])
				return m
			}
			return "GET"
		case *ssa.Call:
			callee := x.Call.StaticCallee()
			if callee == nil {
				return ""
			}
			switch callee.String() {
			case "net/http.NewRequest":
				m, _ := gotypes.ConstString(x.Call.Args[0])
				return m
			case "net/http.NewRequestWithContext":
				m, _ := gotypes.ConstString(x.Call.Args[1])
				return m
			case "(*net/http.Request).WithContext", "(*net/http.Request).Clone":
				v = x.Call.Args[0]
				continue
			}
		}
		return ""
	}
	return ""
}
