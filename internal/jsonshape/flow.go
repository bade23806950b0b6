package jsonshape

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/ssrlint/ssrlint/internal/gotypes"
)

// A Flow is a value that reaches the props.
type Flow struct {
	Value ssa.Value
	Path  Path
	// Pos is where the value enters the props: the store, map update or
	// return that carries it (NoPos when SSA has none).
	Pos token.Pos
	// Stringified is set when only the text of the value reaches the props,
	// as part of a string built from it (concatenation, fmt.Sprint*,
	// strings functions, url.Values): its type does not reach the JSON, its
	// text does.
	Stringified bool
	// Dynamic is the type of the values that reach the props here through
	// an interface or a type parameter (the operand of an interface
	// conversion, an argument given for a type-parameter parameter): the
	// type encoding/json sees. It is nil for other values and when that
	// type is itself an interface or holds type parameters.
	Dynamic types.Type
}

// A Start is a value that reaches the props at Path, entering at Pos.
type Start struct {
	Value ssa.Value
	Path  Path
	Pos   token.Pos
}

// Resolver returns the values a framework encodes in place of v (the
// result of a lazy prop's closure), or false when it encodes v itself.
type Resolver func(v ssa.Value) ([]ssa.Value, bool)

// maxCallDepth bounds how deep Flows follows values into the functions
// that compute them.
const maxCallDepth = 3

// Flows calls visit for each value that SSA shows flowing, inside fn, into
// the props fn returns as its first result: the returned value itself, what
// is stored into its fields, elements and map entries (literals, p.X = v,
// m["k"] = v, append), through locals, phis, conversions and interface
// boxing, and the operands of strings built for it. props is the props
// type: when fn returns a wrapper (a struct with a Props field, Result[P]),
// the flow starts at the wrapper's field of that type. Fields that
// encoding/json skips (unexported, json:"-") are not followed. Values
// returned by functions of the package (helpers, generic helpers) are
// followed into them, their parameters back to the caller's arguments;
// other calls, except append and string formatting, end the flow.
func Flows(fn *ssa.Function, props types.Type, root Path, visit func(Flow)) {
	t := newTracer(props, nil, visit)
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if ret, ok := instr.(*ssa.Return); ok && len(ret.Results) > 0 {
				v := ret.Results[0]
				t.push(item{Flow: Flow{Value: v, Path: root, Pos: ret.Pos()}, unwrap: !types.Identical(v.Type(), props)})
			}
		}
	}
	t.run()
}

// FlowsFrom is Flows for values known to reach the props (the arguments of
// a render call): it calls visit for each start and for each value SSA
// shows flowing into it. resolve, when not nil, replaces the values a
// framework resolves before encoding.
func FlowsFrom(starts []Start, resolve Resolver, visit func(Flow)) {
	t := newTracer(nil, resolve, visit)
	for _, s := range starts {
		t.push(item{Flow: Flow{Value: s.Value, Path: s.Path, Pos: s.Pos}})
	}
	t.run()
}

// An item is a value on the way to the props. While unwrap is set it is
// the wrapper returned around the props, not yet the props. frame is the
// call the value was followed into, if any. When the value is a call
// returning several results, result is the one that reaches the props.
type item struct {
	Flow
	unwrap bool
	frame  *frame
	result int
}

// A frame is a call whose callee's results are being followed: the
// callee's parameters stand for the call's arguments.
type frame struct {
	call   *ssa.Call
	callee *ssa.Function
	up     *frame
	depth  int
}

type seenKey struct {
	v      ssa.Value
	f      *frame
	result int
}

type tracer struct {
	props   types.Type
	resolve Resolver
	visit   func(Flow)
	seen    map[seenKey]bool
	queue   []item
}

func newTracer(props types.Type, resolve Resolver, visit func(Flow)) *tracer {
	return &tracer{props: props, resolve: resolve, visit: visit, seen: map[seenKey]bool{}}
}

func (t *tracer) run() {
	for len(t.queue) > 0 {
		it := t.queue[len(t.queue)-1]
		t.queue = t.queue[:len(t.queue)-1]
		t.step(it)
	}
}

func (t *tracer) push(it item) {
	key := seenKey{it.Value, it.frame, it.result}
	if it.Value == nil || t.seen[key] {
		return
	}
	t.seen[key] = true
	t.queue = append(t.queue, it)
}

// from returns the item for v reaching the props where it does, entering
// at pos when that is known.
func (it item) from(v ssa.Value, pos token.Pos) item {
	next := it
	next.Value = v
	next.Dynamic = nil
	next.result = 0
	if pos.IsValid() {
		next.Pos = pos
	}
	return next
}

func (t *tracer) step(it item) {
	if !it.unwrap && t.resolved(it) {
		return
	}
	if mi, ok := it.Value.(*ssa.MakeInterface); ok {
		it.Dynamic = concrete(mi.X.Type())
	}
	if !it.unwrap {
		t.visit(it.Flow)
	}
	switch v := it.Value.(type) {
	case *ssa.Parameter:
		t.argument(it, v)
	case *ssa.FreeVar:
		t.binding(it, v)
	case *ssa.Phi:
		for _, e := range v.Edges {
			t.push(it.from(e, token.NoPos))
		}
	case *ssa.ChangeType:
		t.push(it.from(v.X, token.NoPos))
	case *ssa.ChangeInterface:
		t.push(it.from(v.X, token.NoPos))
	case *ssa.Convert:
		t.push(it.from(v.X, token.NoPos))
	case *ssa.MultiConvert:
		t.push(it.from(v.X, token.NoPos))
	case *ssa.MakeInterface:
		t.push(it.from(v.X, token.NoPos))
	case *ssa.Slice:
		if !gotypes.IsString(v.X.Type()) { // part of a string is not the string
			t.push(it.from(v.X, token.NoPos))
		}
	case *ssa.UnOp:
		if v.Op == token.MUL { // a load: what was stored through the pointer
			t.push(it.from(v.X, token.NoPos))
		}
	case *ssa.Alloc, *ssa.FieldAddr, *ssa.IndexAddr, *ssa.MakeSlice:
		t.stores(it)
	case *ssa.MakeMap:
		t.mapUpdates(it, v)
	case *ssa.BinOp:
		if v.Op == token.ADD && gotypes.IsString(v.Type()) {
			t.push(stringified(it.from(v.X, token.NoPos)))
			t.push(stringified(it.from(v.Y, token.NoPos)))
		}
	case *ssa.Extract:
		next := it.from(v.Tuple, token.NoPos)
		next.result = v.Index
		t.push(next)
	case *ssa.Call:
		t.call(it, v)
	}
}

// resolved pushes what the framework encodes in place of it's value, and
// reports whether it did.
func (t *tracer) resolved(it item) bool {
	if t.resolve == nil {
		return false
	}
	vals, ok := t.resolve(unboxed(it.Value))
	if !ok {
		return false
	}
	for _, v := range vals {
		next := it.from(v, token.NoPos)
		next.Dynamic = concrete(v.Type()) // what a generic helper's caller gave it
		t.push(next)
	}
	return true
}

// unboxed strips interface conversions from v.
func unboxed(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return v
		}
	}
}

// concrete returns t when it is neither an interface nor holds type
// parameters: a type whose values encoding/json can be said to see.
func concrete(t types.Type) types.Type {
	if types.IsInterface(t) || HoldsTypeParam(t) {
		return nil
	}
	return t
}

// argument follows a parameter of a function the flow was followed into
// back to the argument of that call; given for a type parameter, the
// argument's own type is what reaches the props.
func (t *tracer) argument(it item, p *ssa.Parameter) {
	f := it.frame
	if f == nil || p.Parent() != f.callee {
		return
	}
	for i, q := range f.callee.Params {
		if q != p || i >= len(f.call.Call.Args) {
			continue
		}
		next := it.from(f.call.Call.Args[i], f.call.Pos())
		next.frame = f.up
		if HoldsTypeParam(p.Type()) {
			next.Dynamic = concrete(next.Value.Type())
		}
		t.push(next)
	}
}

// binding follows a function literal's free variable to what the
// enclosing function binds to it.
func (t *tracer) binding(it item, fv *ssa.FreeVar) {
	fn := fv.Parent()
	outer := fn.Parent()
	if outer == nil {
		return
	}
	index := slices.Index(fn.FreeVars, fv)
	for _, b := range outer.Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn && index < len(mc.Bindings) {
				t.push(it.from(mc.Bindings[index], token.NoPos))
			}
		}
	}
}

// results follows the index-th result of the call c into the function it
// calls, when that function is built here (a helper of this package).
func (t *tracer) results(it item, c *ssa.Call, index int) {
	callee := c.Call.StaticCallee()
	depth := 1
	if it.frame != nil {
		depth = it.frame.depth + 1
	}
	if it.unwrap || callee == nil || len(callee.Blocks) == 0 || depth > maxCallDepth {
		return
	}
	f := &frame{call: c, callee: callee, up: it.frame, depth: depth}
	for _, b := range callee.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && index < len(ret.Results) {
			next := it.from(ret.Results[index], token.NoPos)
			next.frame = f
			t.push(next)
		}
	}
}

// HoldsTypeParam reports whether t mentions a type parameter.
func HoldsTypeParam(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Pointer:
		return HoldsTypeParam(t.Elem())
	case *types.Slice:
		return HoldsTypeParam(t.Elem())
	case *types.Array:
		return HoldsTypeParam(t.Elem())
	case *types.Map:
		return HoldsTypeParam(t.Key()) || HoldsTypeParam(t.Elem())
	case *types.Named:
		for i := range t.TypeArgs().Len() {
			if HoldsTypeParam(t.TypeArgs().At(i)) {
				return true
			}
		}
	}
	return false
}

// stores follows what is stored through the address it.Value: into it,
// into its fields and into its elements.
func (t *tracer) stores(it item) {
	addr := it.Value
	refs := addr.Referrers()
	if refs == nil {
		return
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr == addr {
				t.push(it.from(r.Val, r.Pos()))
			}
		case *ssa.FieldAddr:
			if r.X == addr {
				if next, ok := t.field(it, r); ok {
					t.push(next)
				}
			}
		case *ssa.UnOp:
			if r.Op == token.MUL && r.X == addr && !it.unwrap {
				t.aliases(it.from(r, token.NoPos), r)
			}
		case *ssa.IndexAddr:
			if r.X == addr && !it.unwrap {
				next := it.from(r, r.Pos())
				next.Path = it.inside(it.Path.Elem())
				t.push(next)
			}
		}
	}
}

// field returns the item for the field address fa of the struct at it,
// or false when the field's value does not reach the JSON.
func (t *tracer) field(it item, fa *ssa.FieldAddr) (item, bool) {
	st, ok := Deref(fa.X.Type()).Underlying().(*types.Struct)
	if !ok || fa.Field >= st.NumFields() {
		return item{}, false
	}
	v := st.Field(fa.Field)
	next := it.from(fa, fa.Pos())
	if it.unwrap {
		// The wrapper's field that holds the props is where the props start.
		next.unwrap = !types.Identical(v.Type(), t.props)
		return next, !next.unwrap
	}
	tag := ParseTag(st.Tag(fa.Field))
	if !Encoded(v, tag) {
		return item{}, false
	}
	jsonName := tag.Name
	switch {
	case jsonName == "" && v.Anonymous() && embeddedStruct(v) != nil:
		// promoted fields keep the JSON path of the embedding struct
	case jsonName == "":
		jsonName = v.Name()
	}
	next.Path = it.inside(it.Path.Field(v.Name(), jsonName))
	return next, true
}

// aliases follows what is stored into a map or slice loaded from the
// props (p.Data["k"] = v, p.Items[0] = v): it shares its entries with the
// value in the props.
func (t *tracer) aliases(it item, loaded *ssa.UnOp) {
	switch loaded.Type().Underlying().(type) {
	case *types.Map:
		t.mapUpdates(it, loaded)
	case *types.Slice:
		t.stores(it)
	}
}

// mapUpdates follows the entries stored into the map m.
func (t *tracer) mapUpdates(it item, m ssa.Value) {
	refs := m.Referrers()
	if it.unwrap || refs == nil {
		return
	}
	for _, r := range *refs {
		up, ok := r.(*ssa.MapUpdate)
		if !ok || up.Map != m {
			continue
		}
		next := it.from(up.Value, up.Pos())
		next.Path = it.inside(it.Path.Elem())
		if k, ok := up.Key.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String {
			next.Path = it.inside(it.Path.Key(constant.StringVal(k.Value)))
		}
		t.push(next)
	}
}

// call follows append's operands and the operands of string formatting.
func (t *tracer) call(it item, c *ssa.Call) {
	if it.unwrap {
		return
	}
	args := c.Call.Args
	if b, ok := c.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
		for _, a := range args {
			t.push(it.from(a, token.NoPos))
		}
		return
	}
	if formatsString(c) {
		for _, a := range args {
			t.push(stringified(it.from(a, token.NoPos)))
		}
		return
	}
	if encodesValues(c) {
		t.valuesSet(it, c.Call.Args[0])
		return
	}
	t.results(it, c, it.result)
}

// encodesValues reports whether c is (url.Values).Encode.
func encodesValues(c *ssa.Call) bool {
	fn := c.Call.StaticCallee()
	return fn != nil && fn.Pkg != nil && fn.Pkg.Pkg.Path() == "net/url" && fn.Name() == "Encode" &&
		fn.Signature.Recv() != nil && len(c.Call.Args) == 1
}

// valuesSet follows, as text, what is put into the url.Values v: its
// literal entries and the values given to its Set and Add methods.
func (t *tracer) valuesSet(it item, v ssa.Value) {
	it = stringified(it)
	t.push(it.from(v, token.NoPos))
	refs := v.Referrers()
	if refs == nil {
		return
	}
	for _, r := range *refs {
		c, ok := r.(*ssa.Call)
		if !ok {
			continue
		}
		fn := c.Call.StaticCallee()
		if fn != nil && fn.Pkg != nil && fn.Pkg.Pkg.Path() == "net/url" && (fn.Name() == "Set" || fn.Name() == "Add") && len(c.Call.Args) == 3 {
			t.push(it.from(c.Call.Args[2], c.Pos()))
		}
	}
}

// inside returns the path of a part of it's value: path, unless only the
// text of the value reaches the props, which is then where the part goes.
func (it item) inside(path Path) Path {
	if it.Stringified {
		return it.Path
	}
	return path
}

func stringified(it item) item {
	it.Stringified = true
	return it
}

// formatsString reports whether c builds its string result from its
// operands' text: fmt.Sprint*, and the strings functions that return a
// string.
func formatsString(c *ssa.Call) bool {
	fn := c.Call.StaticCallee()
	if fn == nil || fn.Pkg == nil || fn.Signature.Recv() != nil || !gotypes.IsString(c.Type()) {
		return false
	}
	switch fn.Pkg.Pkg.Path() {
	case "fmt":
		return fn.Name() == "Sprintf" || fn.Name() == "Sprint" || fn.Name() == "Sprintln"
	case "strings":
		return true
	}
	return false
}
