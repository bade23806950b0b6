package findings

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestParsePosition(t *testing.T) {
	tests := []struct {
		in   string
		want Position
	}{
		{"/a/b.go:12:3", Position{"/a/b.go", 12, 3}},
		{`C:\src\b.go:12:3`, Position{`C:\src\b.go`, 12, 3}},
		{"/a/b.go:12", Position{"/a/b.go", 12, 0}},
		{"/a/b.go", Position{"/a/b.go", 0, 0}},
		{"", Position{}},
	}
	for _, tt := range tests {
		if got := ParsePosition(tt.in); got != tt.want {
			t.Errorf("ParsePosition(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestParseMergesAndDeduplicates(t *testing.T) {
	// A package and its test variant report the same finding; a second
	// package reports a tool error.
	in := `{"example.com/p": {"propsfunc": [{"posn": "/p/a.go:3:6", "end": "/p/a.go:3:6", "message": "m"}]}}
{"example.com/p [example.com/p.test]": {"propsfunc": [{"posn": "/p/a.go:3:6", "end": "/p/a.go:3:6", "message": "m",
  "related": [{"posn": "/p/b.go:1:1", "message": "here"}]}]}}
{"example.com/q": {"selfapi": {"error": "boom"}}}`
	res, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Package != "example.com/p" || res.Findings[0].Pos.Line != 3 {
		t.Errorf("findings = %+v, want the one finding once", res.Findings)
	}
	if len(res.Errors) != 1 || res.Errors[0].Err != "boom" || res.Errors[0].Analyzer != "selfapi" {
		t.Errorf("errors = %+v", res.Errors)
	}
	tree := res.Tree()
	if _, ok := tree["example.com/q"]["selfapi"].(map[string]string); !ok || len(tree["example.com/p"]["propsfunc"].([]json.RawMessage)) != 1 {
		t.Errorf("tree = %v", tree)
	}
}

// TestParseUnits: the unit runner's outputs, one per package, give what
// the same objects concatenated give; a unit that is not JSON is an error.
func TestParseUnits(t *testing.T) {
	units := [][]byte{
		[]byte(`{"example.com/q": {"selfapi": [{"posn": "/q/a.go:9:2", "end": "/q/a.go:9:5", "message": "second"}]}}`),
		[]byte(`{"example.com/p": {"propsfunc": [{"posn": "/p/a.go:3:6", "end": "/p/a.go:3:6", "message": "first"}]}}`),
	}
	res, err := ParseUnits(units)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Parse(strings.NewReader(string(units[0]) + "\n" + string(units[1])))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 2 || res.Findings[0].Message != "first" || !reflect.DeepEqual(res, want) {
		t.Errorf("ParseUnits = %+v, want %+v", res, want)
	}
	if _, err := ParseUnits([][]byte{[]byte("# example.com/p")}); err == nil {
		t.Error("ParseUnits accepted an output that is not JSON")
	}
}

func TestParseRejectsGarbage(t *testing.T) {
	if _, err := Parse(strings.NewReader(`{"p": {"a": [{"posn": 1}]}}`)); err == nil {
		t.Error("Parse accepted a diagnostic whose posn is a number")
	}
	if _, err := Parse(strings.NewReader(`not json`)); err == nil {
		t.Error("Parse accepted text that is not JSON")
	}
}

func FuzzParsePosition(f *testing.F) {
	f.Add("/a/b.go:12:3")
	f.Add("::")
	f.Fuzz(func(t *testing.T, s string) {
		p := ParsePosition(s)
		if p.Line < 0 && !strings.Contains(s, "-") {
			t.Fatalf("negative line from %q", s)
		}
	})
}
