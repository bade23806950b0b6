package urlval

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/ssrlint/ssrlint/internal/gotypes"
)

// maxDepth bounds how many values an evaluation follows, so that long
// chains of concatenations or helpers cost little and terminate.
const maxDepth = 24

// Evaluator evaluates the URLs that SSA values of one package designate.
// A value of type string designates itself; a *url.URL or url.URL the URL
// it holds; a *http.Request the URL it will be sent to.
type Evaluator struct {
	pkg   *ssa.Package
	funcs []*ssa.Function

	// Imported, when set, returns the URL of a package-level variable of
	// another package, as that package's analysis found it.
	Imported func(*types.Var) (URL, bool)

	globals  map[*ssa.Global][]ssa.Value // stores to the package's globals, built on first use
	inFlight map[ssa.Value]bool          // phis and callees being evaluated, against cycles
}

// NewEvaluator returns an evaluator for pkg, whose source functions are
// funcs; stores in them and in the package initializer give the values of
// package-level variables.
func NewEvaluator(pkg *ssa.Package, funcs []*ssa.Function) *Evaluator {
	return &Evaluator{pkg: pkg, funcs: funcs, inFlight: map[ssa.Value]bool{}}
}

// URL returns the URL v designates. Parameters of a top-level function or
// method become Param holes, to be substituted by callers.
func (e *Evaluator) URL(v ssa.Value) URL { return e.eval(v, 0) }

func (e *Evaluator) eval(v ssa.Value, depth int) URL {
	if depth > maxDepth {
		return unknown(v)
	}
	depth++
	switch v := v.(type) {
	case *ssa.Const:
		return constURL(v)
	case *ssa.Parameter:
		return e.param(v)
	case *ssa.FreeVar:
		if b := binding(v); b != nil {
			return e.eval(b, depth)
		}
	case *ssa.BinOp:
		if v.Op == token.ADD {
			return Concat(e.eval(v.X, depth), e.eval(v.Y, depth))
		}
	case *ssa.Phi:
		return e.phi(v, depth)
	case *ssa.MakeInterface:
		return e.eval(v.X, depth)
	case *ssa.ChangeType:
		return e.eval(v.X, depth)
	case *ssa.Convert:
		if gotypes.IsString(v.Type()) && gotypes.IsString(v.X.Type()) {
			return e.eval(v.X, depth)
		}
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return e.load(v.X, depth)
		}
	case *ssa.Field:
		return e.field(v.X, fieldName(v.X.Type(), v.Field), depth)
	case *ssa.Call:
		return e.call(v, depth)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok && v.Index == 0 {
			return e.call(call, depth)
		}
	case *ssa.Alloc:
		return e.structURL(v, depth)
	}
	return unknown(v)
}

// unknown is a hole described by the variable the value comes from, when
// the source names one.
func unknown(v ssa.Value) URL {
	name := ""
	switch v := v.(type) {
	case *ssa.Parameter, *ssa.FreeVar, *ssa.Global:
		name = v.Name()
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok {
			name = g.Name()
		}
	case *ssa.Call:
		if callee := v.Call.StaticCallee(); callee != nil {
			name = callee.Name() + "()"
		}
	}
	return Hole(Unknown, name)
}

func constURL(c *ssa.Const) URL {
	if c.Value == nil {
		return Hole(Unknown, "")
	}
	switch c.Value.Kind() {
	case constant.String:
		return Literal(constant.StringVal(c.Value))
	case constant.Int:
		return Literal(c.Value.ExactString())
	}
	return Hole(Unknown, "")
}

// param is a Param hole for a parameter of a top-level function or method;
// parameters of function literals are unknown, since their callers are not
// resolved.
func (e *Evaluator) param(p *ssa.Parameter) URL {
	fn := p.Parent()
	if fn.Parent() != nil {
		return Hole(Unknown, p.Name())
	}
	for i, q := range fn.Params {
		if q == p {
			return URL{{Kind: Param, Index: i, Text: p.Name()}}
		}
	}
	return Hole(Unknown, p.Name())
}

// binding returns the value a function literal's free variable is bound
// to, when the literal is created once.
func binding(fv *ssa.FreeVar) ssa.Value {
	fn := fv.Parent()
	idx := -1
	for i, f := range fn.FreeVars {
		if f == fv {
			idx = i
		}
	}
	var found ssa.Value
	for _, ref := range referrers(fn) {
		mc, ok := ref.(*ssa.MakeClosure)
		if !ok || idx < 0 || idx >= len(mc.Bindings) || found != nil {
			return nil
		}
		found = mc.Bindings[idx]
	}
	return found
}

func referrers(v ssa.Value) []ssa.Instruction {
	if r := v.Referrers(); r != nil {
		return *r
	}
	return nil
}

// phi is the value of all the phi's edges when they agree; a hole when
// they do not.
func (e *Evaluator) phi(v *ssa.Phi, depth int) URL {
	if e.inFlight[v] {
		return nil
	}
	e.inFlight[v] = true
	defer delete(e.inFlight, v)
	var agreed URL
	first := true
	for _, edge := range v.Edges {
		u := e.eval(edge, depth)
		if first {
			agreed, first = u, false
			continue
		}
		if !equal(agreed, u) {
			return Hole(Unknown, v.Comment)
		}
	}
	return agreed
}

func equal(a, b URL) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// load evaluates *addr: a package-level or escaped local variable assigned
// once, a field of a struct.
func (e *Evaluator) load(addr ssa.Value, depth int) URL {
	switch addr := addr.(type) {
	case *ssa.Global:
		if u, ok := e.global(addr, depth); ok {
			return u
		}
	case *ssa.Alloc:
		if isURLStruct(addr.Type()) {
			return e.structURL(addr, depth)
		}
		if stores := storesTo(addr); len(stores) == 1 {
			return e.eval(stores[0], depth)
		}
	case *ssa.FieldAddr:
		return e.field(addr.X, fieldName(addr.X.Type(), addr.Field), depth)
	}
	return unknown(addr)
}

// field evaluates the field named name of the struct x holds (or points
// to).
func (e *Evaluator) field(x ssa.Value, name string, depth int) URL {
	switch {
	case gotypes.IsNamed(x.Type(), "net/http.Request") && name == "Host":
		return Hole(RequestHost, "")
	case gotypes.IsNamed(x.Type(), "net/url.URL") && name == "Host" && loadsRequestField(x, "URL"):
		return Hole(RequestHost, "")
	}
	if stored := fieldStore(x, name); stored != nil {
		return e.eval(stored, depth)
	}
	return Hole(Unknown, name)
}

// fieldStore returns the value stored once to the field named name of
// the struct variable x holds (or points to); nil when there is none or
// several.
func fieldStore(x ssa.Value, name string) ssa.Value {
	if load, ok := x.(*ssa.UnOp); ok && load.Op == token.MUL {
		x = load.X // a struct value loaded from its variable
	}
	if alloc, ok := x.(*ssa.Alloc); ok {
		if stores := fieldStores(alloc)[name]; len(stores) == 1 {
			return stores[0]
		}
	}
	return nil
}

// Source returns the value v is a copy of: through type changes and the
// loads of a local variable or a struct field assigned once. A function
// value kept in a variable or a field (l.featured(ctx)) leads to the
// function or closure that was stored.
func Source(v ssa.Value) ssa.Value {
	for range maxDepth {
		next := copiedFrom(v)
		if next == nil {
			return v
		}
		v = next
	}
	return v
}

func copiedFrom(v ssa.Value) ssa.Value {
	switch v := v.(type) {
	case *ssa.ChangeType:
		return v.X
	case *ssa.Field:
		return fieldStore(v.X, fieldName(v.X.Type(), v.Field))
	case *ssa.UnOp:
		switch addr := v.X.(type) {
		case *ssa.Alloc:
			if stores := storesTo(addr); v.Op == token.MUL && len(stores) == 1 {
				return stores[0]
			}
		case *ssa.FieldAddr:
			if v.Op == token.MUL {
				return fieldStore(addr.X, fieldName(addr.X.Type(), addr.Field))
			}
		}
	}
	return nil
}

// loadsRequestField reports whether x is r.<name> for an *http.Request r.
func loadsRequestField(x ssa.Value, name string) bool {
	load, ok := x.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	return ok && gotypes.IsNamed(fa.X.Type(), "net/http.Request") && fieldName(fa.X.Type(), fa.Field) == name
}

// structURL is the URL a url.URL or http.Request composite literal holds.
func (e *Evaluator) structURL(alloc *ssa.Alloc, depth int) URL {
	if src := assignedWhole(alloc); src != nil {
		return e.eval(src, depth)
	}
	fields := fieldStores(alloc)
	get := func(name string) (URL, bool) {
		switch stores := fields[name]; len(stores) {
		case 0:
			return nil, true
		case 1:
			return e.eval(stores[0], depth), true
		}
		return nil, false
	}
	switch {
	case gotypes.IsNamed(alloc.Type(), "net/http.Request"):
		if u, ok := get("URL"); ok && u != nil {
			return u
		}
	case gotypes.IsNamed(alloc.Type(), "net/url.URL"):
		scheme, ok1 := get("Scheme")
		host, ok2 := get("Host")
		path, ok3 := get("Path")
		if ok1 && ok2 && ok3 {
			return urlFromFields(scheme, host, path)
		}
	}
	return unknown(alloc)
}

// isURLStruct reports whether t is (a pointer to) a struct whose URL
// structURL knows.
func isURLStruct(t types.Type) bool {
	return gotypes.IsNamed(t, "net/url.URL") || gotypes.IsNamed(t, "net/http.Request")
}

// assignedWhole returns the value a struct variable was assigned once and
// whole, its fields never (u := newURL(r)), unless that value is another
// variable's struct, whose fields fieldStores follows.
func assignedWhole(alloc *ssa.Alloc) ssa.Value {
	whole := storesTo(alloc)
	if len(whole) != 1 || len(fieldStores(alloc)) > 0 {
		return nil
	}
	if load, ok := whole[0].(*ssa.UnOp); ok && load.Op == token.MUL {
		if _, isVar := load.X.(*ssa.Alloc); isVar {
			return nil
		}
	}
	return whole[0]
}

// urlFromFields is what url.URL{Scheme, Host, Path}.String() gives.
func urlFromFields(scheme, host, path URL) URL {
	var out URL
	if scheme != nil {
		out = Concat(scheme, Literal(":"))
	}
	if host != nil {
		out = Concat(out, Literal("//"), host)
		if path != nil && (path[0].Kind != Lit || !strings.HasPrefix(path[0].Text, "/")) {
			out = Concat(out, Literal("/"))
		}
	}
	return Concat(out, path)
}

// storesTo returns the values stored to the variable alloc.
func storesTo(alloc *ssa.Alloc) []ssa.Value {
	var vals []ssa.Value
	for _, ref := range referrers(alloc) {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == alloc {
			vals = append(vals, st.Val)
		}
	}
	return vals
}

// fieldStores returns the values stored to each field of the struct alloc
// holds, by field name. A struct copied whole from a composite literal
// (u := url.URL{...} whose address is taken) has the literal's fields.
func fieldStores(alloc *ssa.Alloc) map[string][]ssa.Value {
	out := map[string][]ssa.Value{}
	for range maxDepth {
		for _, ref := range referrers(alloc) {
			fa, ok := ref.(*ssa.FieldAddr)
			if !ok {
				continue
			}
			name := fieldName(alloc.Type(), fa.Field)
			for _, r := range referrers(fa) {
				if st, ok := r.(*ssa.Store); ok && st.Addr == fa {
					out[name] = append(out[name], st.Val)
				}
			}
		}
		whole := storesTo(alloc)
		if len(whole) != 1 {
			break
		}
		load, ok := whole[0].(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			break
		}
		if alloc, ok = load.X.(*ssa.Alloc); !ok {
			break
		}
	}
	return out
}

// Global returns the URL of a package-level variable of this package
// that is assigned once in it, when that URL has holes of its own only.
func (e *Evaluator) Global(g *ssa.Global) (URL, bool) {
	u, ok := e.global(g, 0)
	return u, ok && !u.HasParams()
}

func (e *Evaluator) global(g *ssa.Global, depth int) (URL, bool) {
	if g.Pkg != e.pkg {
		if v, ok := g.Object().(*types.Var); ok && e.Imported != nil {
			return e.Imported(v)
		}
		return nil, false
	}
	if stores := e.globalStores(g); len(stores) == 1 {
		return e.eval(stores[0], depth), true
	}
	return nil, false
}

// globalStores returns the values stored to g in the package.
func (e *Evaluator) globalStores(g *ssa.Global) []ssa.Value {
	if e.globals == nil {
		e.globals = map[*ssa.Global][]ssa.Value{}
		funcs := e.funcs
		if init := e.pkg.Func("init"); init != nil {
			funcs = append([]*ssa.Function{init}, funcs...)
		}
		for _, fn := range funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if st, ok := instr.(*ssa.Store); ok {
						if g, ok := st.Addr.(*ssa.Global); ok {
							e.globals[g] = append(e.globals[g], st.Val)
						}
					}
				}
			}
		}
	}
	return e.globals[g]
}

func fieldName(t types.Type, index int) string {
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || index >= st.NumFields() {
		return ""
	}
	return st.Field(index).Name()
}
