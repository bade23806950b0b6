// Package baseline records the findings a project has accepted so that a
// CI gate fails only on new ones. A finding is identified by a key that
// survives edits elsewhere in its file: a hash of the analyzer, the file
// (relative to the repository root), the enclosing function and the
// message, never the line. The baseline counts each key, so a function
// with two identical findings that gains a third reports the third.
package baseline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/ssrlint/ssrlint/internal/findings"
	"github.com/ssrlint/ssrlint/internal/srcroot"
)

// version is the format of the file; Read rejects other versions.
const version = 1

// File is a baseline as stored: sorted entries with the fields their key
// is made of, so that a change to the baseline reads well in review.
type File struct {
	Version int     `json:"version"`
	Entries []Entry `json:"findings"`
}

// Entry is one key and how many findings have it.
type Entry struct {
	Key      string `json:"key"`
	Count    int    `json:"count"`
	Analyzer string `json:"analyzer"`
	File     string `json:"file"`
	Function string `json:"function,omitempty"`
	Message  string `json:"message"`
}

// Keyer computes the keys of findings relative to a repository root.
type Keyer struct {
	root  string
	funcs *funcIndex
}

// NewKeyer returns a Keyer for files below root.
func NewKeyer(root string) *Keyer {
	return &Keyer{root: root, funcs: newFuncIndex(root)}
}

// entry returns the entry of f, with a count of 1.
func (k *Keyer) entry(f findings.Finding) Entry {
	file, _ := srcroot.Rel(k.root, f.Pos.File)
	e := Entry{
		Count:    1,
		Analyzer: f.Analyzer,
		File:     file,
		Function: k.funcs.enclosing(f.Pos.File, f.Pos.Line, f.Pos.Col),
		Message:  f.Message,
	}
	e.Key = key(e)
	return e
}

func key(e Entry) string {
	h := sha256.New()
	for _, s := range []string{e.Analyzer, e.File, e.Function, e.Message} {
		fmt.Fprintf(h, "%d:%s;", len(s), s) // length-prefixed: no two tuples collide
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Record returns the baseline of list.
func (k *Keyer) Record(list []findings.Finding) *File {
	byKey := map[string]*Entry{}
	for _, f := range list {
		e := k.entry(f)
		if old, ok := byKey[e.Key]; ok {
			old.Count++
			continue
		}
		byKey[e.Key] = &e
	}
	b := &File{Version: version, Entries: []Entry{}}
	for _, e := range byKey {
		b.Entries = append(b.Entries, *e)
	}
	slices.SortFunc(b.Entries, func(x, y Entry) int {
		return cmp.Or(cmp.Compare(x.File, y.File), cmp.Compare(x.Function, y.Function),
			cmp.Compare(x.Analyzer, y.Analyzer), cmp.Compare(x.Message, y.Message))
	})
	return b
}

// Outcome is what filtering through a baseline found.
type Outcome struct {
	New   []findings.Finding // not in the baseline: to report
	Known int                // in the baseline: hidden
	Stale int                // in the baseline but not found any more
}

// Filter splits list into the findings b does not account for and counts
// the rest. When a key has more findings than the baseline counted, the
// last ones in list's order are new.
func (k *Keyer) Filter(b *File, list []findings.Finding) Outcome {
	remaining := map[string]int{}
	for _, e := range b.Entries {
		remaining[e.Key] += e.Count
	}
	var out Outcome
	for _, f := range list {
		key := k.entry(f).Key
		if remaining[key] > 0 {
			remaining[key]--
			out.Known++
			continue
		}
		out.New = append(out.New, f)
	}
	for _, n := range remaining {
		out.Stale += n
	}
	return out
}

// Write writes b as indented JSON.
func (b *File) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// Read reads a baseline written by Write.
func Read(r io.Reader) (*File, error) {
	var b File
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("not a baseline file: %v", err)
	}
	if b.Version != version {
		return nil, fmt.Errorf("baseline format version %d, want %d: write it again with -baseline-write", b.Version, version)
	}
	for i, e := range b.Entries {
		if e.Key == "" || e.Count < 1 {
			return nil, fmt.Errorf("baseline entry %d (%s: %s): want a key and a count of at least 1", i+1, e.File, e.Message)
		}
	}
	return &b, nil
}
