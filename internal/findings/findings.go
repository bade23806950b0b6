// Package findings is the driver's model of what the analyzers reported:
// it reads the JSON that the unitchecker protocol writes (one object per
// analyzed package, as `go vet -json` prints them), merges the packages,
// drops the duplicates that package test variants produce, and orders the
// result for stable output.
package findings

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Position is a file position; Line and Col are 1-based.
type Position struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
}

func (p Position) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// Related is a secondary location of a finding (a step of a chain).
type Related struct {
	Pos     Position `json:"pos"`
	Message string   `json:"message"`
}

// Finding is one diagnostic of one analyzer.
type Finding struct {
	Analyzer string    `json:"analyzer"`
	Package  string    `json:"package"`
	Pos      Position  `json:"pos"`
	End      Position  `json:"end"`
	Message  string    `json:"message"`
	Related  []Related `json:"related,omitempty"`
	// Raw is the diagnostic as the analyzer wrote it, kept for -json.
	Raw json.RawMessage `json:"-"`
}

// ToolError is an analyzer or package that failed (type errors, a bad
// configuration, a panic in an analyzer).
type ToolError struct {
	Package  string `json:"package"`
	Analyzer string `json:"analyzer"`
	Err      string `json:"error"`
}

// Result is everything a run reported.
type Result struct {
	Findings []Finding
	Errors   []ToolError
}

// Tree returns the -json output: package → analyzer → the diagnostics as
// the analyzers wrote them, or {"error": ...}.
func (res *Result) Tree() map[string]map[string]any {
	tree := map[string]map[string]any{}
	at := func(pkg string) map[string]any {
		if tree[pkg] == nil {
			tree[pkg] = map[string]any{}
		}
		return tree[pkg]
	}
	for _, f := range res.Findings {
		list, _ := at(f.Package)[f.Analyzer].([]json.RawMessage)
		at(f.Package)[f.Analyzer] = append(list, f.Raw)
	}
	for _, e := range res.Errors {
		at(e.Package)[e.Analyzer] = map[string]string{"error": e.Err}
	}
	return tree
}

type jsonDiagnostic struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
	Related []struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	} `json:"related"`
}

// Parse reads the concatenated JSON objects of r (go vet -json's output).
func Parse(r io.Reader) (*Result, error) {
	res := new(Result)
	if err := res.read(r); err != nil {
		return nil, err
	}
	res.sort()
	return res, nil
}

// ParseUnits reads the JSON results of package units, one output each.
func ParseUnits(outputs [][]byte) (*Result, error) {
	res := new(Result)
	for _, out := range outputs {
		if err := res.read(bytes.NewReader(out)); err != nil {
			return nil, err
		}
	}
	res.sort()
	return res, nil
}

func (res *Result) read(r io.Reader) error {
	dec := json.NewDecoder(r)
	for {
		var tree map[string]map[string]json.RawMessage
		err := dec.Decode(&tree)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading analysis results: %v", err)
		}
		for id, byAnalyzer := range tree {
			if err := res.add(packagePath(id), byAnalyzer); err != nil {
				return err
			}
		}
	}
}

// packagePath turns a unit id ("p [p.test]", "p_test [p.test]") into the
// package path.
func packagePath(id string) string {
	path, _, _ := strings.Cut(id, " ")
	return path
}

func (res *Result) add(pkg string, byAnalyzer map[string]json.RawMessage) error {
	for analyzer, raw := range byAnalyzer {
		raw = bytes.TrimSpace(raw)
		if len(raw) > 0 && raw[0] == '{' {
			var e struct {
				Err string `json:"error"`
			}
			if err := json.Unmarshal(raw, &e); err != nil {
				return fmt.Errorf("reading analysis results of %s: %v", pkg, err)
			}
			res.Errors = append(res.Errors, ToolError{Package: pkg, Analyzer: analyzer, Err: e.Err})
			continue
		}
		var diags []json.RawMessage
		if err := json.Unmarshal(raw, &diags); err != nil {
			return fmt.Errorf("reading analysis results of %s: %v", pkg, err)
		}
		for _, d := range diags {
			f, err := parseDiagnostic(pkg, analyzer, d)
			if err != nil {
				return err
			}
			res.Findings = append(res.Findings, f)
		}
	}
	return nil
}

func parseDiagnostic(pkg, analyzer string, raw json.RawMessage) (Finding, error) {
	var d jsonDiagnostic
	if err := json.Unmarshal(raw, &d); err != nil {
		return Finding{}, fmt.Errorf("reading a diagnostic of %s: %v", pkg, err)
	}
	f := Finding{Analyzer: analyzer, Package: pkg, Pos: ParsePosition(d.Posn), End: ParsePosition(d.End), Message: d.Message, Raw: raw}
	for _, r := range d.Related {
		f.Related = append(f.Related, Related{Pos: ParsePosition(r.Posn), Message: r.Message})
	}
	return f, nil
}

// ParsePosition parses "file:line:col" (the file may contain colons).
func ParsePosition(s string) Position {
	rest, col, ok1 := cutLastInt(s)
	file, line, ok2 := cutLastInt(rest)
	if !ok1 || !ok2 {
		if file, line, ok := cutLastInt(s); ok {
			return Position{File: file, Line: line}
		}
		return Position{File: s}
	}
	return Position{File: file, Line: line, Col: col}
}

func cutLastInt(s string) (string, int, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0, false
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil {
		return s, 0, false
	}
	return s[:i], n, true
}

// sort orders findings by position and drops exact duplicates (a package
// and its test variant report the same non-test finding twice).
func (res *Result) sort() {
	slices.SortFunc(res.Findings, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Analyzer, b.Analyzer),
			cmp.Compare(a.Message, b.Message),
		)
	})
	res.Findings = slices.CompactFunc(res.Findings, func(a, b Finding) bool {
		return a.Pos == b.Pos && a.Analyzer == b.Analyzer && a.Message == b.Message
	})
	slices.SortFunc(res.Errors, func(a, b ToolError) int {
		return cmp.Or(cmp.Compare(a.Package, b.Package), cmp.Compare(a.Analyzer, b.Analyzer))
	})
	res.Errors = slices.Compact(res.Errors)
}
