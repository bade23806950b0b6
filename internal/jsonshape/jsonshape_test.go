package jsonshape

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"
)

// typeOf type-checks src (a package p without imports) and returns the
// type named name.
func typeOf(t *testing.T, src, name string) types.Type {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", "package p\n"+src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := new(types.Config).Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg.Scope().Lookup(name).Type()
}

const shapes = `
type Marshaled struct{ Secret string }
func (Marshaled) MarshalJSON() ([]byte, error) { return nil, nil }

type Text int
func (*Text) MarshalText() ([]byte, error) { return nil, nil }

type Base struct {
	ID    int
	Title string ` + "`json:\"title,omitempty\"`" + `
}

type Other struct{ ID int }

type Node struct {
	Base
	*Other
	Name     string ` + "`json:\"name\"`" + `
	Skipped  string ` + "`json:\"-\"`" + `
	Dash     string ` + "`json:\"-,\"`" + `
	hidden   string
	Children []*Node
	Meta     map[string]any
	Bytes    []byte
	M        Marshaled
	T        Text
	Fn       func()
	C        chan int
	Z        complex64
	Keys     map[[2]int]bool
	TKeys    map[Marshaled]bool
}
`

func TestWalk(t *testing.T) {
	var got []string
	Walk(typeOf(t, shapes, "Node"), Root("Node"), func(n *Node) bool {
		line := fmt.Sprintf("%s %s %d", n.Path.Go, n.Path.JSON, n.Kind)
		if n.BadKey {
			line += " badkey"
		}
		for _, c := range n.Conflicts {
			line += " conflict:" + c.Name
		}
		got = append(got, line)
		return true
	})
	want := []string{
		"Node props 3 conflict:ID",
		"Node.Base.Title props.title 1",
		"Node.Name props.name 1",
		"Node.Dash props.- 1",
		"Node.Children props.Children 4",
		"Node.Children[] props.Children[] 3 conflict:ID",
		"Node.Meta props.Meta 5",
		"Node.Meta[] props.Meta[] 6",
		"Node.Bytes props.Bytes 1",
		"Node.M props.M 2",
		"Node.T props.T 2",
		"Node.Fn props.Fn 7",
		"Node.C props.C 7",
		"Node.Z props.Z 7",
		"Node.Keys props.Keys 5 badkey",
		"Node.Keys[] props.Keys[] 1",
		"Node.TKeys props.TKeys 5 badkey",
		"Node.TKeys[] props.TKeys[] 1",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Walk:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWalkStops(t *testing.T) {
	var got []string
	Walk(typeOf(t, shapes, "Node"), Root("Node"), func(n *Node) bool {
		got = append(got, n.Path.Go)
		return n.Path.Go == "Node"
	})
	if slices.Contains(got, "Node.Children[]") {
		t.Errorf("Walk went inside a node visit refused: %q", got)
	}
}

func TestFieldsDominance(t *testing.T) {
	src := `
type A struct{ X, Y int; Z int ` + "`json:\"z\"`" + ` }
type B struct{ X int; Y int ` + "`json:\"Y\"`" + `; Z int ` + "`json:\"z\"`" + ` }
type S struct {
	A
	B
	W int
}
type Deep struct { S; X string }
`
	for _, tc := range []struct {
		typ       string
		fields    []string
		conflicts []string
	}{
		// X: untagged at equal depth, dropped; Y: B's tagged one wins; z:
		// both tagged at equal depth, dropped.
		{"S", []string{"B.Y", "W"}, []string{"X", "z"}},
		// The outer X shadows the deeper ones.
		{"Deep", []string{"S.B.Y", "S.W", "X"}, []string{"z"}},
	} {
		fields, conflicts := Fields(typeOf(t, src, tc.typ))
		var names, cnames []string
		for _, f := range fields {
			names = append(names, strings.TrimPrefix(f.GoPath(Path{}).Go, "."))
		}
		for _, c := range conflicts {
			cnames = append(cnames, c.Name)
		}
		if !slices.Equal(names, tc.fields) || !slices.Equal(cnames, tc.conflicts) {
			t.Errorf("Fields(%s) = %q, conflicts %q; want %q, %q", tc.typ, names, cnames, tc.fields, tc.conflicts)
		}
	}
}

func TestParseTag(t *testing.T) {
	for raw, want := range map[string]string{
		``:                               "",
		`json:"-"`:                       "skip",
		`json:"-,"`:                      "name=-",
		`json:"x,omitempty"`:             "name=x omitempty",
		`json:",string"`:                 "string",
		`json:"x,strnig"`:                `name=x problem=unknown option "strnig" (did you mean "string"?) is ignored`,
		`json:"x, omitempty"`:            `name=x problem=unknown option " omitempty" (did you mean "omitempty"?) is ignored`,
		`json:"x,inline,format:RFC3339"`: "name=x",
		`json:"a\\b"`:                    `problem=name "a\\b" is not one encoding/json accepts, so it uses the Go field name instead`,
		`xml:"x" json:"y,omitzero"`:      "name=y omitzero",
		`json:"x,bogus"`:                 `name=x problem=unknown option "bogus" is ignored`,
	} {
		if got := describeTag(ParseTag(raw)); got != want {
			t.Errorf("ParseTag(%s) = %q, want %q", raw, got, want)
		}
	}
}

func describeTag(t Tag) string {
	var parts []string
	if t.Skip {
		parts = append(parts, "skip")
	}
	if t.Name != "" {
		parts = append(parts, "name="+t.Name)
	}
	for _, opt := range []struct {
		set  bool
		name string
	}{{t.OmitEmpty, "omitempty"}, {t.OmitZero, "omitzero"}, {t.String, "string"}} {
		if opt.set {
			parts = append(parts, opt.name)
		}
	}
	for _, p := range t.Problems {
		parts = append(parts, "problem="+p)
	}
	return strings.Join(parts, " ")
}

func TestPathWithin(t *testing.T) {
	p := Root("Props").Field("User", "user")
	for q, want := range map[Path]bool{
		p:                                true,
		p.Field("Name", "name"):          true,
		p.Elem():                         true,
		p.Key("k"):                       true,
		Root("Props").Field("Users", ""): false,
		Root("Props"):                    false,
	} {
		if got := q.Within(p); got != want {
			t.Errorf("%s.Within(%s) = %v, want %v", q, p, got, want)
		}
	}
}

func FuzzParseTag(f *testing.F) {
	for _, s := range []string{`json:"x,strnig"`, `json:"-"`, `json:"-,"`, `json:",omitempty,string"`, `json:"a\\b"`, `json:"x,"`, `json:"\u00e9,omitemtpy"`, `json:`, `json:"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		tag := ParseTag(raw)
		if tag.Skip && (tag.Name != "" || len(tag.Problems) > 0) {
			t.Fatalf("ParseTag(%q) = %+v: a skipped field has no name or problems", raw, tag)
		}
		if tag.Name != "" && !validName(tag.Name) {
			t.Fatalf("ParseTag(%q) kept the invalid name %q", raw, tag.Name)
		}
		if !tag.Present && (tag.Name != "" || tag.Skip) {
			t.Fatalf("ParseTag(%q) = %+v without a json key", raw, tag)
		}
	})
}
