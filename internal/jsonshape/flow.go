package jsonshape

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A Flow is a value that a props function puts into its props.
type Flow struct {
	Value ssa.Value
	Path  Path
	// Pos is where the value enters the props: the store, map update or
	// return that carries it (NoPos when SSA has none).
	Pos token.Pos
	// Stringified is set when only the text of the value reaches the props,
	// as part of a string built from it (concatenation, fmt.Sprint*,
	// strings functions): its type does not reach the JSON, its text does.
	Stringified bool
}

// Flows calls visit for each value that SSA shows flowing, inside fn, into
// the props fn returns as its first result: the returned value itself, what
// is stored into its fields, elements and map entries (literals, p.X = v,
// m["k"] = v, append), through locals, phis, conversions and interface
// boxing, and the operands of strings built for it. props is the props
// type: when fn returns a wrapper (a struct with a Props field, Result[P]),
// the flow starts at the wrapper's field of that type. Fields that
// encoding/json skips (unexported, json:"-") are not followed. Values
// computed by calls other than append and string formatting end the flow.
func Flows(fn *ssa.Function, props types.Type, root Path, visit func(Flow)) {
	t := &tracer{props: props, visit: visit, seen: map[ssa.Value]bool{}}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if ret, ok := instr.(*ssa.Return); ok && len(ret.Results) > 0 {
				v := ret.Results[0]
				t.push(item{Flow: Flow{Value: v, Path: root, Pos: ret.Pos()}, unwrap: !types.Identical(v.Type(), props)})
			}
		}
	}
	for len(t.queue) > 0 {
		it := t.queue[len(t.queue)-1]
		t.queue = t.queue[:len(t.queue)-1]
		t.step(it)
	}
}

// An item is a value on the way to the props. While unwrap is set it is
// the wrapper returned around the props, not yet the props.
type item struct {
	Flow
	unwrap bool
}

type tracer struct {
	props types.Type
	visit func(Flow)
	seen  map[ssa.Value]bool
	queue []item
}

func (t *tracer) push(it item) {
	if it.Value == nil || t.seen[it.Value] {
		return
	}
	t.seen[it.Value] = true
	t.queue = append(t.queue, it)
}

// from returns the item for v reaching the props where it does, entering
// at pos when that is known.
func (it item) from(v ssa.Value, pos token.Pos) item {
	next := it
	next.Value = v
	if pos.IsValid() {
		next.Pos = pos
	}
	return next
}

func (t *tracer) step(it item) {
	if !it.unwrap {
		t.visit(it.Flow)
	}
	switch v := it.Value.(type) {
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
		t.push(it.from(v.X, token.NoPos))
	case *ssa.UnOp:
		if v.Op == token.MUL { // a load: what was stored through the pointer
			t.push(it.from(v.X, token.NoPos))
		}
	case *ssa.Alloc, *ssa.FieldAddr, *ssa.IndexAddr, *ssa.MakeSlice:
		t.stores(it)
	case *ssa.MakeMap:
		t.mapUpdates(it, v)
	case *ssa.BinOp:
		if v.Op == token.ADD && isString(v.Type()) {
			t.push(stringified(it.from(v.X, token.NoPos)))
			t.push(stringified(it.from(v.Y, token.NoPos)))
		}
	case *ssa.Extract:
		t.push(it.from(v.Tuple, token.NoPos))
	case *ssa.Call:
		t.call(it, v)
	}
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
	if fn == nil || fn.Pkg == nil || fn.Signature.Recv() != nil || !isString(c.Type()) {
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

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
