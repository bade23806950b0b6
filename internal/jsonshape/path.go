package jsonshape

import (
	"go/types"
	"strconv"
)

// A Path names a position in the props twice: as Go selectors
// (Props.Owner.PasswordHash) and as the JSON the page receives
// (props.owner.passwordHash). Elements of slices, arrays and maps are "[]";
// map entries with a constant key are ["key"] in Go and .key in JSON.
type Path struct {
	Go, JSON string
}

// Root returns the path of a props value: goName (the props type's name)
// in Go, "props" in JSON.
func Root(goName string) Path { return Path{Go: goName, JSON: "props"} }

// Field returns the path of a struct field. An empty jsonName (an embedded
// struct, whose fields are promoted) adds nothing to the JSON path.
func (p Path) Field(goName, jsonName string) Path {
	q := Path{Go: p.Go + "." + goName, JSON: p.JSON}
	if jsonName != "" {
		q.JSON += "." + jsonName
	}
	return q
}

// Elem returns the path of an element of a slice, array or map.
func (p Path) Elem() Path { return Path{Go: p.Go + "[]", JSON: p.JSON + "[]"} }

// Key returns the path of the map entry with the constant key k.
func (p Path) Key(k string) Path {
	return Path{Go: p.Go + "[" + strconv.Quote(k) + "]", JSON: p.JSON + "." + k}
}

// Within reports whether p is q or a position inside q.
func (p Path) Within(q Path) bool {
	if len(p.Go) < len(q.Go) || p.Go[:len(q.Go)] != q.Go {
		return false
	}
	return len(p.Go) == len(q.Go) || p.Go[len(q.Go)] == '.' || p.Go[len(q.Go)] == '['
}

func (p Path) String() string { return p.Go }

// RootOf returns the root path of a props value of type t: the name of a
// named type (Props), else "Props".
func RootOf(t types.Type) Path {
	if n, ok := Deref(t).(*types.Named); ok {
		return Root(n.Obj().Name())
	}
	return Root("Props")
}
