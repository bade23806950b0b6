package unitrun

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/build"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/ssrlint/ssrlint/internal/config"
)

// key hashes everything the unit's results depend on.
func (run *unitRun) key(u *unit) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "ssrlint unit v3\ntool %s\nflags %q %q\n", run.toolID, run.toolArgs, u.args)
	// The type checker's inputs: the files (which go list chose for the
	// build tags, GOOS and GOARCH), the sizes of GOARCH, the language
	// version; the module, which analyzers see.
	fmt.Fprintf(h, "target %s/%s %q\n", build.Default.GOOS, build.Default.GOARCH, u.env)
	fmt.Fprintf(h, "pkg %s %t %s\n", u.pkg.ImportPath, u.pkg.DepOnly, langVersion(u.pkg))
	if m := u.pkg.Module; m != nil {
		fmt.Fprintf(h, "module %s %s %t\n", m.Path, m.Version, m.Main)
	}
	for _, f := range u.sources() {
		sum, err := run.sources.hash(f)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "file %s %s\n", f, sum)
	}
	for _, d := range u.deps {
		fmt.Fprintf(h, "dep %s %s\n", d.pkg.ImportPath, d.key)
	}
	// The analyzers read configuration files: those of the flags, or the
	// one found from the package's directory.
	for _, f := range append([]string{config.Find(u.pkg.Dir)}, run.configFiles...) {
		fmt.Fprintf(h, "config %s %s\n", f, contentHash(f))
	}
	// ...and the files their configuration names (the props lock).
	for _, f := range run.inputs(u.pkg.Dir) {
		fmt.Fprintf(h, "input %s %s\n", f, inputHash(f))
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// flagConfigFiles returns the files of the -<analyzer>.config flags.
func flagConfigFiles(toolArgs []string) []string {
	var files []string
	for _, f := range toolArgs {
		name, value, _ := strings.Cut(strings.TrimPrefix(f, "-"), "=")
		if strings.HasSuffix(name, ".config") && value != "" && !slices.Contains(files, value) {
			files = append(files, value)
		}
	}
	return files
}

// flagSettings returns the value of the last -<analyzer>.settings flag,
// the one the flag package keeps (the driver's own comes after the
// flags a user forwards), as flagValue does for the route table.
func flagSettings(toolArgs []string) string {
	value := ""
	for _, f := range toolArgs {
		name, v, _ := strings.Cut(strings.TrimPrefix(f, "-"), "=")
		if strings.HasSuffix(name, ".settings") {
			value = v
		}
	}
	return value
}

// inputs returns the files that the configuration of the package in dir
// makes the analyzers read (config.Inputs); none when the configuration
// is broken (then the analyzers fail, and nothing is cached).
func (run *unitRun) inputs(dir string) []string {
	l := config.Loader{Settings: run.settings}
	if len(run.configFiles) > 0 {
		l.Path = run.configFiles[0]
	}
	cfg, err := l.ForDir(dir)
	if err != nil {
		return nil
	}
	return cfg.Inputs()
}

// inputHash hashes an input file for a key: its content, or why it cannot
// be read.
func inputHash(name string) string {
	return hashOf(config.ReadInput(name))
}

// contentHash hashes a configuration file for a key: its content, or why
// it cannot be read (then the analyzers fail, and nothing is cached).
func contentHash(name string) string {
	if name == "" {
		return "none"
	}
	return hashOf(config.ReadFile(name))
}

// hashOf hashes a file's content for a key, or says why it was not read.
func hashOf(data []byte, err error) string {
	if err != nil {
		return "error " + err.Error()
	}
	return fmt.Sprintf("%x", sha256.Sum256(data))
}

// sources are the files the tool reads: the compiled Go files (cgo's
// output for cgo packages, which points back to the originals).
func (u *unit) sources() []string {
	return absFiles(u.pkg.Dir, u.pkg.CompiledGoFiles)
}

func absFiles(dir string, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		if !filepath.IsAbs(n) {
			n = filepath.Join(dir, n)
		}
		out[i] = n
	}
	return out
}

// sourceHashes are the hashes of the source files a run read: those the
// run's stamp says are unchanged (trusted), and those it hashed.
type sourceHashes struct {
	mu      sync.Mutex
	trusted map[string]string
	used    map[string]string
}

// hash returns the hash of a source file, hashing it unless trusted.
func (h *sourceHashes) hash(name string) (string, error) {
	h.mu.Lock()
	sum, ok := h.trusted[name]
	h.mu.Unlock()
	if !ok {
		var err error
		if sum, err = fileHash(name); err != nil {
			return "", err
		}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.used == nil {
		h.used = map[string]string{}
	}
	h.used[name] = sum
	return sum, nil
}

func fileHash(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
