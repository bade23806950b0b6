package surface

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// A Report is what `ssrlint props` prints: the sites, with positions
// already made relative for the reader.
type Report struct {
	Sites []Site `json:"sites"`
}

// The JSON form of a report is documented in docs/props-surface.md; its
// field names are part of the interface.
type (
	jsonReport struct {
		Version int        `json:"version"`
		Sites   []jsonSite `json:"sites"`
	}
	jsonSite struct {
		Package string     `json:"package"`
		Handler string     `json:"handler"`
		Name    string     `json:"name"`
		Adapter string     `json:"adapter"`
		Route   string     `json:"route,omitempty"`
		Pos     string     `json:"pos"`
		Paths   []jsonPath `json:"paths"`
	}
	jsonPath struct {
		JSON   string     `json:"json"`
		Go     string     `json:"go"`
		Type   string     `json:"type"`
		Origin string     `json:"origin,omitempty"`
		Pos    string     `json:"pos,omitempty"`
		Marks  []jsonMark `json:"marks,omitempty"`
	}
	jsonMark struct {
		Kind string `json:"kind"`
		Why  string `json:"why"`
	}
)

// WriteJSON writes the report as JSON (version 1).
func (r *Report) WriteJSON(w io.Writer) error {
	out := jsonReport{Version: 1, Sites: []jsonSite{}}
	for _, s := range r.Sites {
		js := jsonSite{Package: s.Package, Handler: s.Handler, Name: s.Name, Adapter: s.Adapter, Route: s.Route, Pos: s.Pos, Paths: []jsonPath{}}
		for _, p := range s.Paths {
			jp := jsonPath{JSON: p.JSON, Go: p.Go, Type: p.Type, Origin: p.Origin, Pos: p.Pos}
			for _, m := range p.Marks {
				jp.Marks = append(jp.Marks, jsonMark(m))
			}
			js.Paths = append(js.Paths, jp)
		}
		out.Sites = append(out.Sites, js)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// WriteSummary writes one line per site: where it is, its handler, how
// many paths it sends and how many carry each mark.
func (r *Report) WriteSummary(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, s := range r.Sites {
		fmt.Fprintf(tw, "%s\t%s\t%s%s\n", s.Pos, s.ID(), pathCount(s.Paths), markCounts(s.Paths))
	}
	return tw.Flush()
}

// pathCount returns "1 path" or "N paths".
func pathCount(paths []Path) string {
	if len(paths) == 1 {
		return "1 path"
	}
	return fmt.Sprintf("%d paths", len(paths))
}

// markCounts returns ", 2 sensitive, 1 unbounded" for the paths' marks.
func markCounts(paths []Path) string {
	var b strings.Builder
	for _, kind := range []string{MarkSensitive, MarkDerived, MarkOpaque, MarkUnbounded} {
		n := 0
		for _, p := range paths {
			if p.Has(kind) {
				n++
			}
		}
		if n > 0 {
			fmt.Fprintf(&b, ", %d %s", n, kind)
		}
	}
	return b.String()
}

// WriteText writes each site as a tree: one line per JSON path, indented
// by depth, with its Go type, origin and marks.
func (r *Report) WriteText(w io.Writer) error {
	var buf bytes.Buffer
	for i, s := range r.Sites {
		if i > 0 {
			fmt.Fprintln(&buf)
		}
		fmt.Fprintf(&buf, "%s: %s (%s%s)\n", s.Pos, s.ID(), s.Name, route(s))
		tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
		var above []string // segments of the previous line
		for _, p := range s.Paths {
			segs := Segments(p.JSON)
			// Ancestors that are no path of their own (the roots of values
			// shared under keys) get a line, so the tree reads.
			for d := range len(segs) - 1 {
				if d >= len(above) || above[d] != segs[d] {
					fmt.Fprintf(tw, "  %s%s\n", strings.Repeat("  ", d), segs[d])
					above = segs[:d+1]
				}
			}
			depth := len(segs) - 1
			fmt.Fprintf(tw, "  %s%s\t%s\t%s\t%s\n", strings.Repeat("  ", depth), segs[depth], p.Type, origin(p), marks(p, ", "))
			above = segs
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	// Empty trailing columns leave padding behind.
	for line := range strings.Lines(buf.String()) {
		if _, err := io.WriteString(w, strings.TrimRight(line, " \n")+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// WriteMarkdown writes each site as a section with a table of its paths,
// for a pull request comment.
func (r *Report) WriteMarkdown(w io.Writer) error {
	fmt.Fprintf(w, "## Props surface\n\n")
	if len(r.Sites) == 0 {
		fmt.Fprintln(w, "No props sites.")
	}
	for _, s := range r.Sites {
		fmt.Fprintf(w, "### `%s`\n\n%s at `%s`%s: %s%s\n\n", s.ID(), s.Name, s.Pos, route(s), pathCount(s.Paths), markCounts(s.Paths))
		fmt.Fprintln(w, "| path | type | from | marks |")
		fmt.Fprintln(w, "|---|---|---|---|")
		for _, p := range s.Paths {
			fmt.Fprintf(w, "| `%s` | `%s` | %s | %s |\n", p.JSON, cell(p.Type), cell(p.Origin), cell(marks(p, "; ")))
		}
		fmt.Fprintln(w)
	}
	return nil
}

func route(s Site) string {
	if s.Route == "" {
		return ""
	}
	return ", route " + s.Route
}

// Segments splits a JSON path into the steps of its tree, an element being
// a step of its own: props.items[].publicKey is props, items, [], publicKey.
func Segments(path string) []string {
	return strings.Split(strings.ReplaceAll(path, "[]", ".[]"), ".")
}

// ComparePaths orders JSON paths as a tree: by their segments, so that a
// path's descendants follow it (props.posts, props.posts[], props.posts2).
func ComparePaths(a, b string) int {
	return slices.Compare(Segments(a), Segments(b))
}

func origin(p Path) string {
	if p.Origin == "" {
		return ""
	}
	return "from " + p.Origin
}

func marks(p Path, sep string) string {
	list := make([]string, len(p.Marks))
	for i, m := range p.Marks {
		list[i] = strings.ToUpper(m.Kind) + ": " + m.Why
	}
	return strings.Join(list, sep)
}

// cell escapes text for a markdown table cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
