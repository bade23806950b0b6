package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/internal/findings"
)

// finding returns a finding of analyzer a at the first occurrence of
// marker in file.
func finding(t *testing.T, file, marker, message string) findings.Finding {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	before, _, ok := strings.Cut(string(src), marker)
	if !ok {
		t.Fatalf("%s: no %q", file, marker)
	}
	line := strings.Count(before, "\n") + 1
	col := len(before) - strings.LastIndex(before, "\n")
	return findings.Finding{Analyzer: "propsfunc", Pos: findings.Position{File: file, Line: line, Col: col}, Message: message}
}

func writeFile(t *testing.T, file, src string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

// roundTrip writes and reads b, as the command does between runs.
func roundTrip(t *testing.T, b *File) *File {
	t.Helper()
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Read(&buf)
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.Bytes())
	}
	return got
}

func TestKeysSurviveLineMoves(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "pages", "a", "a.go")
	writeFile(t, file, "package a\n\nfunc getServerSideProps() (int, error) { return 0, nil }\n")
	old := finding(t, file, "getServerSideProps", "m")
	b := roundTrip(t, NewKeyer(root).Record([]findings.Finding{old}))

	writeFile(t, file, "package a\n\n// A comment moves everything down.\n\nfunc getServerSideProps() (int, error) { return 0, nil }\n")
	moved := finding(t, file, "getServerSideProps", "m")
	if moved.Pos.Line == old.Pos.Line {
		t.Fatal("the finding did not move")
	}
	out := NewKeyer(root).Filter(b, []findings.Finding{moved})
	if len(out.New) != 0 || out.Known != 1 || out.Stale != 0 {
		t.Errorf("after a line move: %+v, want the finding known", out)
	}
}

func TestKeyParts(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "a.go")
	writeFile(t, file, "package a\n\nfunc F() { x() }\n\nfunc G() { x() }\n")
	inF := finding(t, file, "x() }\n\nfunc G", "m")
	b := NewKeyer(root).Record([]findings.Finding{inF})
	if e := b.Entries[0]; e.File != "a.go" || e.Function != "F" || e.Analyzer != "propsfunc" || e.Message != "m" || e.Count != 1 {
		t.Errorf("entry = %+v", e)
	}

	inG := inF
	inG.Pos.Line = 5 // the same call in G
	otherAnalyzer, otherMessage := inF, inF
	otherAnalyzer.Analyzer = "selfapi"
	otherMessage.Message = "m2"
	for name, f := range map[string]findings.Finding{"function": inG, "analyzer": otherAnalyzer, "message": otherMessage} {
		out := NewKeyer(root).Filter(b, []findings.Finding{f})
		if len(out.New) != 1 || out.Stale != 1 {
			t.Errorf("another %s: %+v, want the finding new and the entry stale", name, out)
		}
	}
}

func TestCounts(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "a.go")
	writeFile(t, file, "package a\n\nfunc F() {\n\tx()\n\tx()\n\tx()\n}\n")
	f := func(line int) findings.Finding {
		return findings.Finding{Analyzer: "a", Pos: findings.Position{File: file, Line: line, Col: 2}, Message: "m"}
	}
	b := roundTrip(t, NewKeyer(root).Record([]findings.Finding{f(4), f(5)}))
	if len(b.Entries) != 1 || b.Entries[0].Count != 2 {
		t.Fatalf("entries = %+v, want one with count 2", b.Entries)
	}
	for _, tc := range []struct {
		name              string
		now               []findings.Finding
		wantNew           []int // lines
		wantKnown, wantSt int
	}{
		{"same", []findings.Finding{f(4), f(5)}, nil, 2, 0},
		{"one more", []findings.Finding{f(4), f(5), f(6)}, []int{6}, 2, 0},
		{"one fixed", []findings.Finding{f(5)}, nil, 1, 1},
		{"all fixed", nil, nil, 0, 2},
	} {
		out := NewKeyer(root).Filter(b, tc.now)
		var lines []int
		for _, n := range out.New {
			lines = append(lines, n.Pos.Line)
		}
		if !slices.Equal(lines, tc.wantNew) || out.Known != tc.wantKnown || out.Stale != tc.wantSt {
			t.Errorf("%s: new at %v, %d known, %d stale; want new at %v, %d known, %d stale",
				tc.name, lines, out.Known, out.Stale, tc.wantNew, tc.wantKnown, tc.wantSt)
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{``, "not a baseline file"},
		{`[]`, "not a baseline file"},
		{`{"version": 1, "findings": [], "extra": 1}`, `unknown field "extra"`},
		{`{"version": 2, "findings": []}`, "version 2, want 1"},
		{`{"findings": []}`, "version 0, want 1"},
		{`{"version": 1, "findings": [{"key": "k", "count": 0, "file": "a.go", "message": "m"}]}`, "entry 1 (a.go: m): want a key and a count"},
		{`{"version": 1, "findings": [{"count": 1}]}`, "want a key"},
	} {
		_, err := Read(strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Read(%q) = %v, want an error containing %q", tc.in, err, tc.want)
		}
	}
}

func TestEmptyBaseline(t *testing.T) {
	var buf bytes.Buffer
	if err := NewKeyer(t.TempDir()).Record(nil).Write(&buf); err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"version\": 1,\n  \"findings\": []\n}\n"; buf.String() != want {
		t.Errorf("empty baseline = %q, want %q", buf.String(), want)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(`{"version": 1, "findings": [{"key": "k", "count": 2, "analyzer": "a", "file": "a.go", "message": "m"}]}`)
	f.Add(`{"version": 1, "findings": null}`)
	f.Fuzz(func(t *testing.T, in string) {
		b, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, e := range b.Entries {
			if e.Key == "" || e.Count < 1 {
				t.Fatalf("Read accepted %+v", e)
			}
		}
	})
}
