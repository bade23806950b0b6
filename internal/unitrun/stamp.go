package unitrun

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"go/build"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/regularfile"
	"github.com/ssrlint/ssrlint/internal/vettool"
)

// A stamp lets a run in which nothing changed answer without starting go
// list, which is most of a warm run's time and its largest process. It
// records the result of a clean run (no failure, no warning), the packages
// go list gave, and the status (size, times, inode) of every file and
// directory those depend on: the go command's identity, the files of every
// package outside the standard library and the directories holding them up
// to the root (a new go.mod, go.work or .ssrlint.yml there changes them),
// every directory and Go file under the patterns (a package that did not
// exist), the configuration files and those they name. The standard
// library is the go command's (its GOROOT's VERSION and src stand for its
// files). A later run with the same tool, invocation, working directory
// and environment replays the result if every status is the same.
//
// When only Go files changed, and none in what go list reads of it (its
// header: build constraints, package name, imports, embed patterns) and
// none in a cgo package, and the directories still hold the same names
// (an editor that saves by renaming changes a directory's times, not its
// names), go list would list the same packages: the run takes them from
// the stamp and analyzes what changed (the pre-commit case, without go
// list's time and memory); it hashes only the files that changed for the
// units' keys.
//
// Only runs whose patterns are all directories ("./...", "./web", an
// absolute path) are stamped: an import path pattern resolves through the
// module graph. A file changed less than a racyWindow before the run
// started may change again without changing its status (the file system's
// clock is coarse), so such a run writes no stamp: the next one will.
type stamp struct {
	key      string // what the result depends on besides files
	files    map[string]string
	listings map[string]string
	headers  map[string]string
}

// stampRecord is a stamp as stored in the cache.
type stampRecord struct {
	Files    map[string]string // path → status
	Listings map[string]string // directory → the names in it (listing)
	Headers  map[string]string // Go file → header (goHeader)
	Hashes   map[string]string // source file → hash, std's included (key.go)
	Native   []*listed         // the packages go list gave
	Browser  []*listed         // and those of the browser pass
	Result   *Result

	changed []string // the files and directories whose status is not the one recorded
}

const racyWindow = 2 * time.Second

// newStamp returns the stamp of a run of inv, or nil when inv's patterns
// are not all directories.
func newStamp(inv vettool.Invocation, wd string) *stamp {
	for _, pat := range inv.Patterns {
		if !isDirPattern(pat) {
			return nil
		}
	}
	h := sha256.New()
	fmt.Fprintf(h, "ssrlint stamp v1\nwd %s\ninvocation %q %q %q\n", wd, inv.ToolFlags, inv.BuildFlags, inv.Patterns)
	fmt.Fprintf(h, "tool %s %s\n", inv.Tool, status(inv.Tool))
	if gocmd, err := exec.LookPath("go"); err == nil {
		fmt.Fprintf(h, "go %s %s\n", gocmd, status(gocmd))
	}
	for _, kv := range stampEnv() {
		fmt.Fprintf(h, "env %s\n", kv)
	}
	if dir, err := os.UserConfigDir(); err == nil {
		goenv := filepath.Join(dir, "go", "env") // go env -w; GOENV, if set, is in the environment
		fmt.Fprintf(h, "goenv %s\n", status(goenv))
	}
	return &stamp{key: hex.EncodeToString(h.Sum(nil))}
}

// stampEnv returns the environment variables that may change what go list
// or the analyzers see, sorted.
func stampEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(name, "GO"), strings.HasPrefix(name, "CGO_"), strings.HasPrefix(name, "SSRLINT_"),
			slices.Contains([]string{"CC", "CXX", "AR", "PKG_CONFIG", "PATH", "HOME", "XDG_CONFIG_HOME"}, name):
			env = append(env, kv)
		}
	}
	slices.Sort(env)
	return env
}

// lookup returns the stamp's record, or nil when there is none (or it is
// another key's, or damaged).
func (s *stamp) lookup(c *cache) *stampRecord {
	if s == nil || c.dir == "" {
		return nil
	}
	name := c.entry(s.key, "s")
	data, err := regularfile.Read(name, entryLimit)
	if err != nil {
		return nil
	}
	head, body, _ := bytes.Cut(data, []byte("\n\n"))
	var rec stampRecord
	if !bytes.Equal(head, stampHeader(s.key, body)) || gob.NewDecoder(bytes.NewReader(body)).Decode(&rec) != nil || rec.Result == nil || len(rec.Files) == 0 {
		return nil
	}
	touch(name)
	for path, st := range rec.Files {
		if status(path) != st {
			rec.changed = append(rec.changed, path)
		}
	}
	return &rec
}

// replay returns the recorded result when every file's status is still
// the one recorded and the facts files it names are still there.
func (rec *stampRecord) replay() (*Result, bool) {
	if rec == nil || len(rec.changed) > 0 {
		return nil, false
	}
	for _, f := range rec.Result.FactFiles {
		if _, err := os.Stat(f); err != nil {
			return nil, false // trimmed from the cache since
		}
	}
	return rec.Result, true
}

// reusable reports whether go list would list the recorded packages
// again: the only files whose status changed are Go files whose header is
// the one recorded, outside cgo packages, and directories that hold the
// names they held.
func (rec *stampRecord) reusable() bool {
	if rec == nil {
		return false
	}
	cgo := map[string]bool{}
	for _, p := range slices.Concat(rec.Native, rec.Browser) {
		if slices.ContainsFunc(p.CompiledGoFiles, filepath.IsAbs) {
			cgo[p.Dir] = true // cgo's output is in the build cache, named by its inputs
		}
	}
	for _, path := range rec.changed {
		if names, isDir := rec.Listings[path]; isDir {
			if listing(path) != names {
				return false
			}
			continue
		}
		header, ok := rec.Headers[path]
		if !ok || cgo[filepath.Dir(path)] || header == "" || goHeader(path) != header {
			return false
		}
	}
	return true
}

// unchangedHashes returns the recorded hashes of the source files whose
// status did not change (std's: its GOROOT did not), for a run that
// reuses the packages.
func (rec *stampRecord) unchangedHashes() map[string]string {
	hashes := maps.Clone(rec.Hashes)
	for _, path := range rec.changed {
		delete(hashes, path)
	}
	return hashes
}

// record stores res under the stamp, with the packages and the status of
// what they depend on; last is the stamp's previous record, whose headers
// of unchanged files it keeps. It stores nothing for a run with failures or
// warnings (a module downloaded later changes them and no file) or
// analyzer errors (not cached either: see hasAnalyzerError), or when a
// file changed too close to the run's start.
func (s *stamp) record(c *cache, run *unitRun, last *stampRecord, native, browser []*listed, patterns []string, res *Result, start time.Time) {
	if s == nil || c.dir == "" || len(res.Failures) > 0 || res.Warnings != "" || slices.ContainsFunc(res.Outputs, hasAnalyzerError) {
		return
	}
	s.files, s.listings = map[string]string{}, map[string]string{}
	dirs := map[string]bool{}
	for _, p := range slices.Concat(native, browser) {
		if p.Standard {
			s.goroot(p)
			continue
		}
		s.dirFiles(p.Dir, false)
		for d := p.Dir; !dirs[d]; d = filepath.Dir(d) {
			dirs[d] = true
		}
		for _, f := range run.inputs(p.Dir) {
			s.add(f)
		}
	}
	for d := range dirs {
		s.addDir(d)
		for _, name := range []string{config.FileName, "go.mod", "go.sum", "go.work", "go.work.sum"} {
			s.add(filepath.Join(d, name))
		}
	}
	for _, f := range run.configFiles {
		s.add(f)
	}
	for _, root := range patternDirs(patterns, run.wd) {
		s.tree(root)
	}
	if s.racy(start) {
		return
	}
	s.readHeaders(last)
	rec := stampRecord{Files: s.files, Listings: s.listings, Headers: s.headers, Hashes: run.sources.used, Native: native, Browser: browser, Result: res}
	var body bytes.Buffer
	if gob.NewEncoder(&body).Encode(rec) != nil { // gob, not JSON: these maps are large, and JSON sorts their keys
		return
	}
	data := append(append(stampHeader(s.key, body.Bytes()), "\n\n"...), body.Bytes()...)
	_ = c.write(c.entry(s.key, "s"), data) // best effort: no stamp, a full run
}

// readHeaders reads the header of every Go file recorded, in parallel,
// but those last recorded with the same status.
func (s *stamp) readHeaders(last *stampRecord) {
	s.headers = map[string]string{}
	var goFiles []string
	for path, st := range s.files {
		switch {
		case !strings.HasSuffix(path, ".go"):
		case last != nil && last.Files[path] == st && last.Headers[path] != "":
			s.headers[path] = last.Headers[path]
		default:
			goFiles = append(goFiles, path)
		}
	}
	headers := make([]string, len(goFiles))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, path := range goFiles {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			headers[i] = goHeader(path)
		})
	}
	wg.Wait()
	for i, path := range goFiles {
		s.headers[path] = headers[i]
	}
}

// goHeader hashes what go list reads of a Go file: its build constraints,
// package name, imports and embed patterns. It is "" for a file that
// cannot be read or parsed (go list's error would depend on more).
func goHeader(path string) string {
	src, err := regularfile.Read(path, entryLimit)
	if err != nil {
		return ""
	}
	f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.ImportsOnly|parser.ParseComments)
	if err != nil {
		return ""
	}
	h := sha256.New()
	for _, group := range f.Comments {
		for _, c := range group.List {
			if c.Pos() < f.Package && (strings.HasPrefix(c.Text, "//go:build") || strings.HasPrefix(c.Text, "// +build")) {
				fmt.Fprintf(h, "constraint %s\n", c.Text)
			}
		}
	}
	fmt.Fprintf(h, "package %s\n", f.Name.Name)
	for _, imp := range f.Imports {
		fmt.Fprintf(h, "import %s %s\n", imp.Name, imp.Path.Value)
	}
	for line := range bytes.Lines(src) {
		if trimmed := bytes.TrimSpace(line); bytes.HasPrefix(trimmed, []byte("//go:embed")) {
			fmt.Fprintf(h, "embed %s\n", trimmed)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// stampHeader names a stamp's key and the hash of its record.
func stampHeader(key string, record []byte) []byte {
	return fmt.Appendf(nil, "ssrlint stamp v1\nkey %s\nrecord %x", key, sha256.Sum256(record))
}

// goroot adds what stands for the standard library's files: the GOROOT
// of its package p.
func (s *stamp) goroot(p *listed) {
	src := strings.TrimSuffix(p.Dir, string(filepath.Separator)+filepath.FromSlash(p.ImportPath))
	if _, done := s.files[src]; done || src == p.Dir {
		return
	}
	s.addDir(src)
	s.add(filepath.Join(filepath.Dir(src), "VERSION"))
}

// dirFiles adds dir and its files: all of them, or its Go files only.
func (s *stamp) dirFiles(dir string, goOnly bool) []fs.DirEntry {
	entries := s.addDir(dir)
	for _, e := range entries {
		if !e.IsDir() && (!goOnly || strings.HasSuffix(e.Name(), ".go")) {
			s.add(filepath.Join(dir, e.Name()))
		}
	}
	return entries
}

// tree adds the directories under root that a "..." pattern walks, and
// their Go files; a nested module's directory is added, not walked.
func (s *stamp) tree(dir string) {
	for _, e := range s.dirFiles(dir, true) {
		name := e.Name()
		if !e.IsDir() || skippedByWildcard(name) {
			continue
		}
		sub := filepath.Join(dir, name)
		if isFile(filepath.Join(sub, "go.mod")) {
			s.addDir(sub)
			s.add(filepath.Join(sub, "go.mod"))
			continue
		}
		s.tree(sub)
	}
}

// addDir adds a directory, with the names it holds, and returns its
// entries.
func (s *stamp) addDir(dir string) []fs.DirEntry {
	entries, _ := os.ReadDir(dir)
	if _, done := s.listings[dir]; !done {
		s.add(dir)
		s.listings[dir] = names(entries)
	}
	return entries
}

// listing hashes the names a directory holds, and which are directories.
func listing(dir string) string {
	entries, _ := os.ReadDir(dir)
	return names(entries)
}

func names(entries []fs.DirEntry) string {
	h := sha256.New()
	for _, e := range entries {
		fmt.Fprintf(h, "%s %t\n", e.Name(), e.IsDir())
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (s *stamp) add(path string) {
	if _, done := s.files[path]; !done {
		s.files[path] = status(path)
	}
}

// racy reports whether a file or directory recorded changed less than a
// racyWindow before start.
func (s *stamp) racy(start time.Time) bool {
	for path := range s.files {
		if info, err := os.Stat(path); err == nil && changedAt(info).After(start.Add(-racyWindow)) {
			return true
		}
	}
	return false
}

// patternDirs returns the roots of the "..." patterns, absolute (wd is
// the directory the patterns are relative to).
func patternDirs(patterns []string, wd string) []string {
	var roots []string
	for _, pat := range patterns {
		if root, ok := wildcardRoot(pat); ok {
			if !filepath.IsAbs(root) {
				root = filepath.Join(wd, root)
			}
			roots = append(roots, filepath.Clean(root))
		}
	}
	return roots
}

// isDirPattern reports whether a pattern names directories: "./web",
// "./...", an absolute path.
func isDirPattern(pat string) bool {
	if strings.Contains(pat, "...") {
		_, ok := wildcardRoot(pat) // the tree a stamp walks
		return ok
	}
	return build.IsLocalImport(pat) || filepath.IsAbs(pat)
}

// status describes a file or directory for a stamp: whether it exists,
// its type, size and modification time, and where the system has them
// its inode and change time (statusSys), which a rewrite changes even if
// it restores the modification time. Symbolic links are followed: a
// source file may be one, and what counts is what it points to.
func status(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return "missing"
	}
	return fmt.Sprintf("%v %d %d %s", info.Mode(), info.Size(), info.ModTime().UnixNano(), statusSys(info))
}
