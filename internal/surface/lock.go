package surface

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/ssrlint/ssrlint/internal/config"
)

// The lock file records, for each site, each JSON path and its Go type:
// one tab-separated line "package handler path type" per path, sorted, with
// no positions, so that only a change of the surface changes the file.
const lockHeader = `# ssrlint props lock: the JSON paths each props site sends to the browser.
# Regenerate with "ssrlint props -write <file>" and review the diff.
`

// A Lock is a recorded surface: site, then JSON path, to Go type.
type Lock map[SiteKey]map[string]string

// A SiteKey identifies a site across runs: its package and handler.
type SiteKey struct{ Package, Handler string }

// Key returns the site's key.
func (s *Site) Key() SiteKey { return SiteKey{s.Package, s.Handler} }

// A lockLine is one recorded path.
type lockLine struct{ pkg, handler, path, typ string }

// WriteLock writes the lock of sites.
func WriteLock(w io.Writer, sites []Site) error {
	var lines []lockLine
	for _, s := range sites {
		for _, p := range s.Paths {
			lines = append(lines, lockLine{s.Package, s.Handler, p.JSON, p.Type})
		}
	}
	slices.SortFunc(lines, func(a, b lockLine) int {
		return cmp.Or(cmp.Compare(a.pkg, b.pkg), cmp.Compare(a.handler, b.handler), cmp.Compare(a.path, b.path))
	})
	lines = slices.Compact(lines)
	bw := bufio.NewWriter(w)
	bw.WriteString(lockHeader) //nolint:errcheck // Flush reports it
	for _, l := range lines {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", l.pkg, l.handler, l.path, l.typ)
	}
	return bw.Flush()
}

// ReadLockFile reads and parses the lock file name.
func ReadLockFile(name string) (Lock, error) {
	data, err := config.ReadInput(name)
	if err != nil {
		return nil, fmt.Errorf("props lock: %v", err)
	}
	return ReadLock(bytes.NewReader(data), name)
}

// ReadLock parses a lock file; name is for errors.
func ReadLock(r io.Reader, name string) (Lock, error) {
	lock := Lock{}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 4)
		if len(f) != 4 || f[0] == "" || f[1] == "" || f[2] == "" {
			return nil, fmt.Errorf("%s:%d: want \"package<TAB>handler<TAB>path<TAB>type\", got %q", name, n, line)
		}
		key := SiteKey{f[0], f[1]}
		if lock[key] == nil {
			lock[key] = map[string]string{}
		}
		lock[key][f[2]] = f[3]
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return lock, nil
}

// A Change is a difference between a surface and its lock.
type Change struct {
	Site    *Site
	Path    Path   // the path now (for Removed: only JSON and Type, from the lock)
	Kind    string // one of the Change* constants
	OldType string // for ChangeType: the locked type
}

// The kinds of changes. New paths and changed types fail a check; removed
// paths are information.
const (
	ChangeNew     = "new"
	ChangeType    = "type changed"
	ChangeRemoved = "removed"
)

// Fails reports whether the change fails a check.
func (c *Change) Fails() bool { return c.Kind != ChangeRemoved }

// Compare returns how the surface of sites differs from the lock: new
// paths and changed types, then the locked paths no longer serialized
// (removed). analyzed reports whether a package was analyzed: locked sites
// of other packages are not compared.
func (l Lock) Compare(sites []Site, analyzed func(pkg string) bool) []Change {
	var changes []Change
	present := map[SiteKey]bool{}
	for i := range sites {
		s := &sites[i]
		present[s.Key()] = true
		locked := l[s.Key()]
		for _, p := range s.Paths {
			typ, ok := locked[p.JSON]
			switch {
			case !ok:
				changes = append(changes, Change{Site: s, Path: p, Kind: ChangeNew})
			case typ != p.Type:
				changes = append(changes, Change{Site: s, Path: p, Kind: ChangeType, OldType: typ})
			}
		}
		changes = append(changes, removed(s, locked)...)
	}
	keys := make([]SiteKey, 0, len(l))
	for k := range l {
		if !present[k] && analyzed(k.Package) {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, compareSites)
	for _, k := range keys {
		changes = append(changes, removed(&Site{Package: k.Package, Handler: k.Handler}, l[k])...)
	}
	return changes
}

// removed returns the locked paths of s that it no longer serializes.
func removed(s *Site, locked map[string]string) []Change {
	var out []Change
	for _, path := range slices.Sorted(maps.Keys(locked)) {
		if !slices.ContainsFunc(s.Paths, func(p Path) bool { return p.JSON == path }) {
			out = append(out, Change{Site: s, Path: Path{JSON: path, Type: locked[path]}, Kind: ChangeRemoved})
		}
	}
	return out
}
