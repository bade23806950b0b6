// Package jsonshape models what encoding/json writes for a Go type: which
// fields, under which names, down to which leaves, and what it cannot
// encode. sensitiveprops and propsjson walk props types with it, and follow
// with SSA (Flows) the values a props function puts into interface-typed
// parts of its props.
package jsonshape

import (
	"go/types"
)

// Kind says how encoding/json encodes a value.
type Kind int

// The kinds of JSON values.
const (
	Scalar      Kind = iota + 1 // bool, number, string, []byte
	Opaque                      // json.Marshaler or encoding.TextMarshaler: it writes what it likes
	Struct                      // an object of the struct's fields
	Array                       // a slice or array of elements
	Map                         // an object of the map's entries
	Interface                   // the dynamic value decides
	Unsupported                 // chan, func, complex, unsafe.Pointer: json.Marshal fails
)

// A Node is one position in the encoding of a type.
type Node struct {
	Type types.Type // the type at this position, as declared (pointers included)
	Path Path
	Kind Kind
	// Field is the struct field holding the value; nil for the root, for
	// elements and for map values.
	Field *Field
	// Conflicts, for a Struct, are the names encoding/json drops.
	Conflicts []Conflict
	// BadKey, for a Map, is set when encoding/json rejects its key type.
	BadKey bool
}

// Base returns the node's type without pointers.
func (n *Node) Base() types.Type { return Deref(n.Type) }

// Deref strips pointers (and aliases) from t.
func Deref(t types.Type) types.Type {
	for {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			return types.Unalias(t)
		}
		t = p.Elem()
	}
}

// Limits of a walk: deeply nested or very wide types (generated API
// models) are cut rather than walked for ever.
const (
	maxDepth = 32
	maxNodes = 20000
)

// Walk calls visit for the value of type t at root and then, depth first,
// for the values encoding/json would encode inside it. When visit returns
// false the walk does not go inside that node. A type already being walked
// on the current path (a recursive type) is visited but not entered again.
func Walk(t types.Type, root Path, visit func(*Node) bool) {
	w := &walker{visit: visit}
	w.walk(t, root, nil)
}

type walker struct {
	visit func(*Node) bool
	stack []types.Type // types being walked on the current path
	nodes int
}

func (w *walker) walk(t types.Type, path Path, field *Field) {
	if w.nodes >= maxNodes || len(w.stack) >= maxDepth {
		return
	}
	w.nodes++
	n := &Node{Type: t, Path: path, Field: field}
	base := n.Base()
	n.Kind = kindOf(base)
	var fields []*Field
	switch n.Kind {
	case Struct:
		fields, n.Conflicts = Fields(base)
	case Map:
		n.BadKey = !validKey(base.Underlying().(*types.Map).Key())
	}
	if !w.visit(n) || w.onStack(base) {
		return
	}
	w.stack = append(w.stack, base)
	defer func() { w.stack = w.stack[:len(w.stack)-1] }()
	switch u := base.Underlying().(type) {
	case *types.Struct:
		for _, f := range fields {
			w.walk(f.Var.Type(), f.GoPath(path), f)
		}
	case *types.Slice:
		if n.Kind == Array {
			w.walk(u.Elem(), path.Elem(), nil)
		}
	case *types.Array:
		if n.Kind == Array {
			w.walk(u.Elem(), path.Elem(), nil)
		}
	case *types.Map:
		if n.Kind == Map {
			w.walk(u.Elem(), path.Elem(), nil)
		}
	}
}

func (w *walker) onStack(t types.Type) bool {
	for _, s := range w.stack {
		if types.Identical(s, t) {
			return true
		}
	}
	return false
}

// kindOf classifies a type without pointers.
func kindOf(t types.Type) Kind {
	if _, ok := t.(*types.TypeParam); ok || types.IsInterface(t) {
		return Interface
	}
	if Marshals(t) {
		return Opaque
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Kind() == types.Invalid:
			return Opaque // a type error: nothing to say about it
		case u.Info()&types.IsComplex != 0 || u.Kind() == types.UnsafePointer:
			return Unsupported
		}
		return Scalar
	case *types.Struct:
		return Struct
	case *types.Slice:
		if isByte(u.Elem()) && !Marshals(u.Elem()) {
			return Scalar // base64 string
		}
		return Array
	case *types.Array:
		return Array
	case *types.Map:
		return Map
	case *types.Chan, *types.Signature:
		return Unsupported
	}
	return Opaque
}

// validKey reports whether encoding/json accepts map keys of type k:
// strings, integers, and encoding.TextMarshalers.
func validKey(k types.Type) bool {
	if b, ok := k.Underlying().(*types.Basic); ok && b.Info()&(types.IsString|types.IsInteger) != 0 {
		return true
	}
	return TextMarshaler(k)
}
