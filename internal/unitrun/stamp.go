package unitrun

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/build"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/regularfile"
	"github.com/ssrlint/ssrlint/internal/vettool"
)

// A stamp lets a run in which nothing changed answer without starting go
// list, which is most of a warm run's time and its largest process. It
// records the result of a clean run (no failure, no warning) and the
// status (size, times, inode) of every file and directory the result
// depends on: the go command's identity, the files of every package
// outside the standard library and the directories holding them up to
// the root (a new go.mod, go.work or .ssrlint.yml there changes them),
// every directory and Go file under the patterns (a package that did not
// exist), the configuration files and those they name. The standard
// library is the go command's (its GOROOT's VERSION and src stand for its
// files). A later run with the same tool, invocation, working directory
// and environment replays the result if every status is the same.
//
// Only runs whose patterns are all directories ("./...", "./web", an
// absolute path) are stamped: an import path pattern resolves through the
// module graph. A file changed less than a racyWindow before the run
// started may change again without changing its status (the file system's
// clock is coarse), so such a run writes no stamp: the next one will.
type stamp struct {
	key   string // what the result depends on besides files
	files map[string]string
}

// stampRecord is a stamp as stored in the cache.
type stampRecord struct {
	Files  map[string]string // path → status
	Result *Result
}

const racyWindow = 2 * time.Second

// newStamp returns the stamp of a run of inv, or nil when inv's patterns
// are not all directories.
func newStamp(inv vettool.Invocation, wd string) *stamp {
	for _, pat := range inv.Patterns {
		dir := strings.TrimSuffix(strings.TrimSuffix(pat, "..."), "/")
		if pat == "..." || !build.IsLocalImport(dir) && !filepath.IsAbs(dir) && dir != "" {
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

// replay returns the result recorded under the stamp when every file's
// status is still the one recorded.
func (s *stamp) replay(c *cache) (*Result, bool) {
	if s == nil || c.dir == "" {
		return nil, false
	}
	name := c.entry(s.key, "s")
	data, err := regularfile.Read(name, entryLimit)
	if err != nil {
		return nil, false
	}
	head, body, _ := bytes.Cut(data, []byte("\n\n"))
	var rec stampRecord
	if !bytes.Equal(head, stampHeader(s.key, body)) || json.Unmarshal(body, &rec) != nil || rec.Result == nil || len(rec.Files) == 0 {
		return nil, false // another key's, or damaged
	}
	for path, st := range rec.Files {
		if status(path) != st {
			return nil, false
		}
	}
	for _, f := range rec.Result.FactFiles {
		if _, err := os.Stat(f); err != nil {
			return nil, false // trimmed from the cache since
		}
	}
	touch(name)
	return rec.Result, true
}

// record stores res under the stamp, with the status of what it depends
// on. It stores nothing for a run with failures or warnings (a module
// downloaded later changes them and no file) or analyzer errors (not
// cached either: see hasAnalyzerError), or when a file changed too close
// to the run's start.
func (s *stamp) record(c *cache, run *unitRun, pkgs []*listed, patterns []string, res *Result, start time.Time) {
	if s == nil || c.dir == "" || len(res.Failures) > 0 || res.Warnings != "" || slices.ContainsFunc(res.Outputs, hasAnalyzerError) {
		return
	}
	s.files = map[string]string{}
	dirs := map[string]bool{}
	for _, p := range pkgs {
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
		s.add(d)
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
	data, err := json.Marshal(stampRecord{Files: s.files, Result: res})
	if err != nil {
		return
	}
	data = append(append(stampHeader(s.key, data), "\n\n"...), data...)
	_ = c.write(c.entry(s.key, "s"), data) // best effort: no stamp, a full run
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
	s.add(src)
	s.add(filepath.Join(filepath.Dir(src), "VERSION"))
}

// dirFiles adds dir and its files: all of them, or its Go files only.
func (s *stamp) dirFiles(dir string, goOnly bool) []fs.DirEntry {
	s.add(dir)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
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
		if !e.IsDir() || name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			continue
		}
		sub := filepath.Join(dir, name)
		if isFile(filepath.Join(sub, "go.mod")) {
			s.add(sub)
			s.add(filepath.Join(sub, "go.mod"))
			continue
		}
		s.tree(sub)
	}
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
		if info, err := os.Lstat(path); err == nil && changedAt(info).After(start.Add(-racyWindow)) {
			return true
		}
	}
	return false
}

// patternDirs returns the roots of the "..." patterns, absolute.
func patternDirs(patterns []string, wd string) []string {
	var roots []string
	for _, pat := range patterns {
		if root, ok := strings.CutSuffix(pat, "..."); ok {
			root = filepath.Clean(filepath.Join(wd, root))
			if filepath.IsAbs(strings.TrimSuffix(pat, "...")) {
				root = filepath.Clean(strings.TrimSuffix(pat, "..."))
			}
			roots = append(roots, root)
		}
	}
	return roots
}

// status describes a file or directory for a stamp: whether it exists,
// its type, size and modification time, and where the system has them
// its inode and change time (statusSys), which a rewrite changes even if
// it restores the modification time.
func status(path string) string {
	info, err := os.Lstat(path)
	if err != nil {
		return "missing"
	}
	return fmt.Sprintf("%v %d %d %s", info.Mode(), info.Size(), info.ModTime().UnixNano(), statusSys(info))
}
