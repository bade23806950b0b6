package routes

import (
	"golang.org/x/tools/go/ssa"

	"github.com/ssrlint/ssrlint/internal/gotypes"
)

// discovery is what Discover knows of one package's functions.
type discovery struct {
	funcs []*ssa.Function
	// uses lists, for each function of the package, the instructions that
	// use it as a value: calls of it, closures made of it, callbacks
	// given to a router. Built on first need.
	uses map[*ssa.Function][]ssa.Instruction
}

// maxHops bounds how many routers, parameters and mounts a prefix is
// followed through.
const maxHops = 16

// routerPrefix returns the path prefix of the router recv, joined from
// the calls that made it: echo and gin Group, gorilla
// PathPrefix(...).Subrouter(), chi Route; from the callers of the function
// that receives it (chi Route and Group callbacks, a function of this
// package given the sub-router); from the chi Mount that mounts a router
// made by a constructor. It reports false when the prefix is not known,
// unless the router's type is the framework's root router.
func (d *discovery) routerPrefix(recv ssa.Value, rootRecv string, hops int) (string, bool) {
	prefix := ""
	for ; hops < maxHops; hops++ {
		switch v := recv.(type) {
		case *ssa.Call:
			pkgPath, _, name := callee(&v.Call)
			inner, args := splitArgs(&v.Call)
			switch {
			case routerPackage(pkgPath) && (name == "Group" || name == "PathPrefix" || name == "Route"):
				if len(args) == 0 {
					return "", false
				}
				s, ok := gotypes.ConstString(args[0])
				if !ok {
					return "", false
				}
				prefix = s + prefix
			case routerPackage(pkgPath) && (name == "Subrouter" || name == "With"):
			default: // a constructor: a root router, unless mounted
				mount, ok := d.mountPrefix(v, hops)
				return mount + prefix, ok
			}
			recv = inner
		case *ssa.ChangeType:
			recv = v.X
		case *ssa.MakeInterface:
			recv = v.X
		case *ssa.FreeVar:
			if recv = d.binding(v); recv == nil {
				return prefix, rootRecv != "" && gotypes.NamedName(v.Type()) == rootRecv
			}
		case *ssa.Parameter:
			if rootRecv != "" && gotypes.NamedName(v.Type()) == rootRecv {
				return prefix, true
			}
			given, ok := d.paramPrefix(v, rootRecv, hops)
			return given + prefix, ok
		default:
			return prefix, true
		}
	}
	return "", false
}

// routerPackage reports whether pkgPath is one of the routers whose
// sub-router methods routerPrefix follows: an app's own method named
// Route or Group makes no prefix.
func routerPackage(pkgPath string) bool {
	for _, p := range []string{"github.com/go-chi/chi", "github.com/gorilla/mux", "github.com/gin-gonic/gin", "github.com/labstack/echo"} {
		if hasPathPrefix(pkgPath, p) {
			return true
		}
	}
	return false
}

// paramPrefix returns the prefix of the router a function receives as
// parameter p, when every use of the function in this package gives it
// routers with one prefix: calls of it, and chi Route / Group calls that
// it is the callback of.
func (d *discovery) paramPrefix(p *ssa.Parameter, rootRecv string, hops int) (string, bool) {
	fn := p.Parent()
	idx := paramIndex(p)
	uses := d.usesOf(fn)
	if idx < 0 || len(uses) == 0 {
		return "", false
	}
	prefix := ""
	for i, use := range uses {
		got, ok := d.prefixGiven(fn, idx, use, rootRecv, hops+1)
		if !ok || i > 0 && got != prefix {
			return "", false
		}
		prefix = got
	}
	return prefix, true
}

func paramIndex(p *ssa.Parameter) int {
	for i, q := range p.Parent().Params {
		if q == p {
			return i
		}
	}
	return -1
}

// prefixGiven returns the prefix of the router that one use of fn gives
// its parameter idx.
func (d *discovery) prefixGiven(fn *ssa.Function, idx int, use ssa.Instruction, rootRecv string, hops int) (string, bool) {
	call, ok := use.(*ssa.Call)
	if !ok {
		return "", false
	}
	if callsValue(&call.Call, fn) {
		if idx >= len(call.Call.Args) {
			return "", false
		}
		return d.routerPrefix(call.Call.Args[idx], rootRecv, hops)
	}
	pkgPath, _, name := callee(&call.Call)
	recv, args := splitArgs(&call.Call)
	if !hasPathPrefix(pkgPath, "github.com/go-chi/chi") || idx != 0 || recv == nil {
		return "", false
	}
	outer, ok := d.routerPrefix(recv, "", hops)
	switch {
	case !ok:
		return "", false
	case name == "Group" && len(args) == 1:
		return outer, true
	case name == "Route" && len(args) == 2:
		s, ok := gotypes.ConstString(args[0])
		return outer + s, ok
	}
	return "", false
}

// callsValue reports whether call calls fn itself (or a closure of it).
func callsValue(call *ssa.CallCommon, fn *ssa.Function) bool {
	switch v := call.Value.(type) {
	case *ssa.Function:
		return v == fn
	case *ssa.MakeClosure:
		return v.Fn == fn
	}
	return false
}

// binding returns the value a closure's free variable is bound to, when
// the closure is made once.
func (d *discovery) binding(fv *ssa.FreeVar) ssa.Value {
	fn := fv.Parent()
	uses := d.valueUses(fn)
	if len(uses) != 1 {
		return nil
	}
	mc, ok := uses[0].(*ssa.MakeClosure)
	if !ok {
		return nil
	}
	for i, f := range fn.FreeVars {
		if f == fv && i < len(mc.Bindings) {
			return mc.Bindings[i]
		}
	}
	return nil
}

// usesOf returns the instructions that use fn as a value, where a closure
// of fn counts as fn.
func (d *discovery) usesOf(fn *ssa.Function) []ssa.Instruction {
	var out []ssa.Instruction
	for _, use := range d.valueUses(fn) {
		if mc, ok := use.(*ssa.MakeClosure); ok {
			out = append(out, referrers(mc)...)
		} else {
			out = append(out, use)
		}
	}
	return out
}

// valueUses returns the instructions that have fn as an operand.
func (d *discovery) valueUses(fn *ssa.Function) []ssa.Instruction {
	if d.uses == nil {
		d.uses = map[*ssa.Function][]ssa.Instruction{}
		for _, f := range d.funcs {
			for _, b := range f.Blocks {
				for _, instr := range b.Instrs {
					for _, op := range instr.Operands(nil) {
						if used, ok := (*op).(*ssa.Function); ok {
							d.uses[used] = append(d.uses[used], instr)
						}
					}
				}
			}
		}
	}
	return d.uses[fn]
}

func referrers(v ssa.Value) []ssa.Instruction {
	if r := v.Referrers(); r != nil {
		return *r
	}
	return nil
}

// mountPrefix returns the prefix a router made by a constructor call is
// mounted at: the pattern of the chi Mount it is given to, in its
// function or, when the function returns it, at the calls of that
// function. A router mounted nowhere in this package is a root router.
func (d *discovery) mountPrefix(made ssa.Value, hops int) (string, bool) {
	mounts := d.mounts(made, hops)
	switch len(mounts) {
	case 0:
		return "", true
	case 1:
		return mounts[0].prefix, mounts[0].ok
	}
	return "", false
}

type mount struct {
	prefix string
	ok     bool
}

func (d *discovery) mounts(v ssa.Value, hops int) []mount {
	if hops >= maxHops {
		return []mount{{}}
	}
	var out []mount
	for _, ref := range referrers(v) {
		switch ref := ref.(type) {
		case *ssa.MakeInterface:
			out = append(out, d.mounts(ref, hops+1)...)
		case *ssa.ChangeType:
			out = append(out, d.mounts(ref, hops+1)...)
		case *ssa.Call:
			if m, ok := d.mountAt(&ref.Call, v, hops); ok {
				out = append(out, m)
			}
		case *ssa.Return:
			if len(ref.Results) != 1 {
				break
			}
			for _, use := range d.usesOf(ref.Parent()) {
				if call, ok := use.(*ssa.Call); ok && callsValue(&call.Call, ref.Parent()) {
					out = append(out, d.mounts(call, hops+1)...)
				}
			}
		}
	}
	return out
}

// mountAt returns the prefix of a chi Mount call that mounts v.
func (d *discovery) mountAt(call *ssa.CallCommon, v ssa.Value, hops int) (mount, bool) {
	pkgPath, _, name := callee(call)
	recv, args := splitArgs(call)
	if name != "Mount" || !hasPathPrefix(pkgPath, "github.com/go-chi/chi") || len(args) != 2 || args[1] != v {
		return mount{}, false
	}
	pattern, ok := gotypes.ConstString(args[0])
	outer, ok2 := d.routerPrefix(recv, "", hops+1)
	return mount{prefix: outer + pattern, ok: ok && ok2}, true
}
