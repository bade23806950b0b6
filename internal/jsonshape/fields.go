package jsonshape

import (
	"cmp"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"
)

// A Field is a struct field that encoding/json encodes, possibly promoted
// from embedded structs.
type Field struct {
	Var *types.Var
	// Embedded are the embedded fields it is promoted through, outermost
	// first; empty for a field of the struct itself.
	Embedded []*types.Var
	Name     string // the JSON name
	Tag      Tag
	index    []int
	tagged   bool
}

// GoPath returns the field's Go selector relative to its struct:
// Account.Password for a field promoted from an embedded Account.
func (f *Field) GoPath(p Path) Path {
	for _, e := range f.Embedded {
		p = p.Field(e.Name(), "")
	}
	return p.Field(f.Var.Name(), f.Name)
}

// A Conflict is a JSON name that several fields share at the same depth
// with the same tagging: encoding/json silently encodes none of them.
type Conflict struct {
	Name   string
	Fields []*Field
}

// Fields returns the fields encoding/json encodes for the struct type t (a
// struct or a type whose underlying type is one), in its order, and the
// names it drops because fields conflict. It follows encoding/json's
// typeFields: exported fields and embedded structs, json:"-" skipped,
// embedded structs promoted breadth first, and the shallowest field, or
// the tagged one among equals, winning a name.
func Fields(t types.Type) ([]*Field, []Conflict) {
	all := candidates(t)
	slices.SortStableFunc(all, func(a, b *Field) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(len(a.index), len(b.index)),
			compareTagged(a, b), slices.Compare(a.index, b.index))
	})
	var out []*Field
	var conflicts []Conflict
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].Name == all[i].Name {
			j++
		}
		group := all[i:j]
		if len(group) > 1 && len(group[0].index) == len(group[1].index) && group[0].tagged == group[1].tagged {
			conflicts = append(conflicts, Conflict{Name: group[0].Name, Fields: equals(group)})
		} else {
			out = append(out, group[0])
		}
		i = j
	}
	slices.SortFunc(out, func(a, b *Field) int { return slices.Compare(a.index, b.index) })
	return out, conflicts
}

func compareTagged(a, b *Field) int {
	switch {
	case a.tagged == b.tagged:
		return 0
	case a.tagged:
		return -1
	}
	return 1
}

// equals returns the fields of a sorted name group that tie with the first.
func equals(group []*Field) []*Field {
	n := 1
	for n < len(group) && len(group[n].index) == len(group[0].index) && group[n].tagged == group[0].tagged {
		n++
	}
	return group[:n]
}

// embedding is one struct type to explore, reached through embedded.
type embedding struct {
	typ      types.Type
	embedded []*types.Var
	index    []int
}

// candidates lists every field that may encode, level by level, as
// encoding/json's typeFields does before it resolves names.
func candidates(t types.Type) []*Field {
	var all []*Field
	var visited typeutil.Map
	next := []embedding{{typ: t}}
	for len(next) > 0 {
		current := next
		next = nil
		var count, nextCount typeutil.Map
		for _, e := range current {
			count.Set(e.typ, intAt(&count, e.typ)+1)
		}
		for _, e := range current {
			if visited.At(e.typ) != nil {
				continue
			}
			visited.Set(e.typ, true)
			st, ok := e.typ.Underlying().(*types.Struct)
			if !ok {
				continue
			}
			for i := range st.NumFields() {
				f, explore := candidate(st, i, e)
				switch {
				case f == nil:
				case explore:
					ft := embeddedStruct(f.Var)
					nextCount.Set(ft, intAt(&nextCount, ft)+1)
					if intAt(&nextCount, ft) == 1 {
						next = append(next, embedding{typ: ft, embedded: append(slices.Clip(e.embedded), f.Var), index: f.index})
					}
				default:
					all = append(all, f)
					if intAt(&count, e.typ) > 1 {
						// The same struct embedded twice at one depth: its
						// fields collide with themselves, as in encoding/json.
						all = append(all, f)
					}
				}
			}
		}
	}
	return all
}

func intAt(m *typeutil.Map, t types.Type) int {
	n, _ := m.At(t).(int)
	return n
}

// candidate returns field i of st as a Field, or nil when encoding/json
// ignores it; explore is set for an untagged embedded struct, whose fields
// are promoted instead.
func candidate(st *types.Struct, i int, e embedding) (f *Field, explore bool) {
	v := st.Field(i)
	tag := ParseTag(st.Tag(i))
	if !Encoded(v, tag) {
		return nil, false
	}
	f = &Field{Var: v, Embedded: e.embedded, Name: tag.Name, Tag: tag, index: append(slices.Clip(e.index), i), tagged: tag.Name != ""}
	if tag.Name == "" && v.Anonymous() && embeddedStruct(v) != nil {
		return f, true
	}
	if f.Name == "" {
		f.Name = v.Name()
	}
	if tag.String && !stringable(v.Type()) {
		f.Tag.Problems = append(slices.Clip(f.Tag.Problems), "option \"string\" only applies to bool, number and string fields and is ignored here")
	}
	return f, false
}

// Encoded reports whether encoding/json looks at the struct field v with
// the tag: exported fields and embedded structs, unless tagged json:"-".
func Encoded(v *types.Var, tag Tag) bool {
	if tag.Skip {
		return false
	}
	if v.Anonymous() {
		return v.Exported() || embeddedStruct(v) != nil
	}
	return v.Exported()
}

// embeddedStruct returns the struct type an embedded field promotes
// fields from (T for T or *T), or nil.
func embeddedStruct(v *types.Var) types.Type {
	t := types.Unalias(v.Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if _, ok := t.Underlying().(*types.Struct); ok {
		return t
	}
	return nil
}

// stringable reports whether the ,string option applies to a field of type
// t: bool, integer, float or string kinds, behind at most one unnamed
// pointer.
func stringable(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsBoolean|types.IsInteger|types.IsFloat|types.IsString) != 0 && b.Info()&types.IsComplex == 0
}
