package propssite

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/ssrlint/ssrlint/internal/gotypes"
	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"github.com/ssrlint/ssrlint/internal/lintpass"
)

// An Adapter recognises the props sites of one framework. Each adapter is
// one file of this package that registers itself in an init function.
type Adapter struct {
	Name string
	// Decls, when set, returns the sites the package declares (the pages
	// convention's props functions).
	Decls func(p *lintpass.Pass, pkg *ssa.Package) []*Site
	// Declares, set with Decls, reports without SSA whether the package
	// may declare sites: where it does not, Sites builds no SSA for them.
	Declares func(p *lintpass.Pass) bool
	// Call, when set, returns how a call to fn serializes its arguments,
	// or nil when fn is not one of the framework's sinks.
	Call func(fn *types.Func) *CallSpec
	// Instr, when set, returns the site that an instruction other than a
	// call is (a value stored into a field the framework serializes, such
	// as go-app's Handler.Env), or nil.
	Instr func(fn *ssa.Function, instr ssa.Instruction) *Site
	// Mentions, set with Instr, reports without SSA whether a use of obj
	// (a field) may make an instruction one of Instr's sites: where the
	// package uses no such object, Sites builds no SSA for them.
	Mentions func(obj types.Object) bool
	// Resolve, when set, returns what the framework encodes in place of a
	// value at its sites (the result of a lazy prop's closure).
	Resolve jsonshape.Resolver
	// InTempl says that Call's sinks are also looked for in templ's
	// generated files (lintpass.Pass.TemplFiles), where nothing else is.
	InTempl bool
}

// A CallSpec says what a framework function does with its arguments.
type CallSpec struct {
	Kind  string // "props", "shared props", "template data", ...
	Name  string // how messages name the function
	Value int    // index of the serialized argument, receiver excluded
	// Key is the index of the string argument naming where the value
	// lands (ShareProp("user", u)), or -1.
	Key int
	// Root is the path of the serialized value when there is no key or it
	// is not a constant.
	Root jsonshape.Path
	// Dest says where the value lands (Site.Dest); "" is the page's
	// initial HTML.
	Dest string
}

var adapters []*Adapter

// register adds an adapter; each adapter file calls it from init.
func register(a *Adapter) { adapters = append(adapters, a) }

// Adapters returns the names of the registered adapters.
func Adapters() []string {
	names := make([]string, len(adapters))
	for i, a := range adapters {
		names[i] = a.Name
	}
	return names
}

// A finder collects the sites of one package.
type finder struct {
	pass    *lintpass.Pass
	pkg     *ssa.Package
	sites   []*Site
	local   map[*types.Func]*HelperFact // what the package's functions are as helpers
	newFact func() Fact                 // the calling analyzer's fact type
}

// add adds a site recognised by the adapter a (nil for helpers and
// configured sinks).
func (f *finder) add(s *Site, a *Adapter) {
	if s == nil {
		return
	}
	s.resolve = f.returnsResolver
	if a != nil {
		s.Adapter = a.Name
		s.resolve = chain(a.Resolve, f.returnsResolver)
	}
	f.sites = append(f.sites, s)
}

// decls adds the sites the adapters find among the package's declarations.
func (f *finder) decls() {
	for _, a := range adapters {
		if a.Decls == nil {
			continue
		}
		for _, s := range a.Decls(f.pass, f.pkg) {
			f.add(s, a)
		}
	}
}

// calls adds the call sites in funcs and in the function literals they
// hold; in templ's generated functions, only the calls an InTempl adapter
// recognises. Those are function literals (the component's closure),
// which funcs, buildssa's SrcFuncs, lists themselves.
func (f *finder) calls(funcs []*ssa.Function) {
	for _, fn := range funcs {
		switch {
		case f.pass.InScope(fn.Pos()):
			forEachFunc(fn, f.body)
		case f.pass.InTempl(fn.Pos()):
			f.templBody(fn)
		}
	}
}

func (f *finder) body(fn *ssa.Function) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(*ssa.Call); ok {
				f.call(fn, call)
			} else {
				f.instr(fn, instr)
			}
		}
	}
}

func (f *finder) templBody(fn *ssa.Function) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			obj := calleeObject(call.Common())
			for _, a := range adapters {
				if !a.InTempl {
					continue
				}
				if spec := adapterSpec(a, obj); spec != nil {
					f.add(siteOfCall(fn, call, obj, spec), a)
					break
				}
			}
		}
	}
}

// adapterSpec returns how a's framework serializes the arguments of a
// call to obj, or nil.
func adapterSpec(a *Adapter, obj *types.Func) *CallSpec {
	if a.Call == nil || obj == nil {
		return nil
	}
	return a.Call(obj)
}

// forEachFunc calls visit for fn and the function literals inside it.
func forEachFunc(fn *ssa.Function, visit func(*ssa.Function)) {
	visit(fn)
	for _, anon := range fn.AnonFuncs {
		forEachFunc(anon, visit)
	}
}

// call adds the site that call is: to a configured sink, to a render
// helper, or to a function an adapter recognises.
func (f *finder) call(fn *ssa.Function, call *ssa.Call) {
	obj := calleeObject(call.Common())
	if obj == nil {
		return
	}
	if spec := configuredSink(f.pass.Config, obj); spec != nil {
		if s := siteOfCall(fn, call, obj, spec); s != nil {
			s.Adapter = "props-sinks"
			f.add(s, nil)
		}
		return
	}
	if fact := f.factOf(obj); fact != nil && len(fact.Sinks) > 0 {
		f.add(helperSite(fn, call, obj, fact), nil)
		return
	}
	for _, a := range adapters {
		if spec := adapterSpec(a, obj); spec != nil {
			f.add(siteOfCall(fn, call, obj, spec), a)
			return
		}
	}
}

// instr adds the site that instr is, if an adapter recognises it.
func (f *finder) instr(fn *ssa.Function, instr ssa.Instruction) {
	for _, a := range adapters {
		if a.Instr == nil {
			continue
		}
		if s := a.Instr(fn, instr); s != nil {
			s.Adapter, s.resolve = a.Name, a.Resolve
			f.sites = append(f.sites, s)
			return
		}
	}
}

// calleeObject returns the declared function or method call calls
// statically (its generic origin for an instance), or nil.
func calleeObject(c *ssa.CallCommon) *types.Func {
	if c.IsInvoke() {
		return nil
	}
	if obj := gotypes.Callee(c); obj != nil {
		return obj.Origin()
	}
	return nil
}

// siteOfCall builds the site of a call to a sink described by spec.
func siteOfCall(fn *ssa.Function, call *ssa.Call, obj *types.Func, spec *CallSpec) *Site {
	sig := obj.Signature()
	args := call.Call.Args
	if sig.Recv() != nil {
		args = args[1:]
	}
	if spec.Value >= len(args) {
		return nil
	}
	path := spec.Root
	if spec.Key >= 0 && spec.Key < len(args) {
		if k, ok := gotypes.ConstString(args[spec.Key]); ok {
			path = spec.Root.Key(k)
		} else {
			path = spec.Root.Elem()
		}
	}
	s := &Site{Kind: spec.Kind, Name: spec.Name, Handler: fn, Pos: call.Pos(), Dest: spec.Dest}
	variadic := sig.Variadic() && spec.Value == sig.Params().Len()-1
	for _, v := range valuesOf(args[spec.Value], variadic) {
		s.Values = append(s.Values, Value{Type: staticType(v), Path: path, SSA: v, Pos: call.Pos()})
	}
	return s
}

// valuesOf returns the values an argument passes: itself, or for a
// variadic parameter the elements written into the slice the call builds.
func valuesOf(arg ssa.Value, variadic bool) []ssa.Value {
	if !variadic {
		return []ssa.Value{arg}
	}
	sl, ok := arg.(*ssa.Slice)
	if !ok {
		if _, isConst := arg.(*ssa.Const); isConst {
			return nil // no variadic arguments
		}
		return []ssa.Value{arg}
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok || alloc.Referrers() == nil {
		return []ssa.Value{arg}
	}
	var out []ssa.Value
	for _, r := range *alloc.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok || ia.Referrers() == nil {
			continue
		}
		for _, w := range *ia.Referrers() {
			if st, ok := w.(*ssa.Store); ok && st.Addr == ia {
				out = append(out, st.Val)
			}
		}
	}
	return out
}

// staticType returns the type of v, or of the value v boxes into an
// interface: the most precise type the call site shows.
func staticType(v ssa.Value) types.Type {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		return mi.X.Type()
	}
	return v.Type()
}
