package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// The unit runner does what `go vet -vettool` does, minus two costs that
// made ssrlint slower than staticcheck: go vet checks each package's test
// variant (compiling every package a second time with its tests, though
// ssrlint never looks at _test.go files), and even with every result cached
// it builds the whole action graph. Here, `go list -export -deps` compiles
// (or finds in the build cache) the packages without their tests, and each
// package unit runs in its own process of the vet tool through the very
// same unitchecker protocol (a *.cfg file, facts in vetx files), in
// dependency order, results cached in ssrlint's cache under a key that
// covers the tool, its flags, the package's files and its dependencies'
// keys.
//
// SSRLINT_GOVET=1 makes the driver use go vet instead (as -fix does).
const goVetEnv = "SSRLINT_GOVET"

// listed is what `go list -json` says about a package.
type listed struct {
	ImportPath      string
	Dir             string
	Export          string
	CompiledGoFiles []string
	IgnoredGoFiles  []string
	SFiles          []string
	Imports         []string
	ImportMap       map[string]string
	Standard        bool
	DepOnly         bool
	Module          *struct {
		Path, Version, GoVersion string
		Error                    *struct{ Err string }
	}
	Error *struct{ Err string }
}

// unitDescription is the unitchecker's *.cfg file (cmd/go's vetConfig).
type unitDescription struct {
	ID            string
	Compiler      string
	Dir           string
	ImportPath    string
	GoFiles       []string
	NonGoFiles    []string
	IgnoredFiles  []string
	ModulePath    string
	ModuleVersion string
	ImportMap     map[string]string
	PackageFile   map[string]string
	Standard      map[string]bool
	PackageVetx   map[string]string
	VetxOnly      bool
	VetxOutput    string
	Stdout        string
	GoVersion     string
}

// unit is one package to analyze.
type unit struct {
	pkg   *listed
	deps  []*unit
	done  chan struct{}
	key   string
	vetx  string // facts file, set when the unit succeeded
	out   []byte // the tool's JSON output (units of the named packages)
	fails bool
}

// unitRun is one run of the unit runner.
type unitRun struct {
	exe       string
	toolFlags []string
	toolID    string
	cache     *unitCache
	tmp       string
	wd        string

	mu     sync.Mutex
	errOut io.Writer
}

// runUnits analyzes the packages matched by patterns; vetArgs is the go
// vet command line that the driver built, whose tool flags it reuses.
// Like go vet, it writes the JSON of the named packages to out and the
// errors of packages that do not build to errOut, "# <package>" first,
// and returns an error when there were any.
func (r *runner) runUnits(exe string, vetArgs, patterns []string, out, errOut io.Writer) error {
	run := &unitRun{exe: exe, errOut: errOut}
	listArgs := []string{"list", "-e", "-export", "-compiled", "-deps", "-json"}
	for _, a := range vetArgs[2 : len(vetArgs)-len(patterns)] {
		if strings.HasPrefix(a, "-tags=") {
			listArgs = append(listArgs, a)
		} else {
			run.toolFlags = append(run.toolFlags, a)
		}
	}
	pkgs, err := goList(append(listArgs, patterns...), errOut)
	if err != nil {
		return err
	}
	if run.toolID, err = fileHash(exe); err != nil {
		return err
	}
	if run.wd, err = os.Getwd(); err != nil {
		return err
	}
	run.cache = openUnitCache()
	if run.tmp, err = run.cache.tempDir(); err != nil {
		return err
	}
	defer os.RemoveAll(run.tmp)

	units := buildUnits(pkgs)
	if err := run.all(units); err != nil {
		return err
	}
	failed := false
	for _, u := range units {
		if !u.pkg.DepOnly {
			out.Write(u.out) //nolint:errcheck // out is an in-memory buffer
		}
		failed = failed || u.fails
	}
	run.cache.trim()
	if failed {
		return errors.New("some packages could not be analyzed")
	}
	return nil
}

func goList(args []string, errOut io.Writer) ([]*listed, error) {
	cmd := exec.Command("go", args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	errOut.Write(stderr.Bytes()) //nolint:errcheck // warnings such as "matched no packages", best effort
	if runErr != nil && stdout.Len() == 0 {
		return nil, fmt.Errorf("go list: %v", runErr)
	}
	var pkgs []*listed
	for dec := json.NewDecoder(&stdout); ; {
		p := new(listed)
		err := dec.Decode(p)
		if errors.Is(err, io.EOF) {
			return pkgs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
}

// buildUnits links the packages, which go list -deps prints dependencies
// first, to their dependencies. Pseudo-packages (C, unsafe) have no unit.
func buildUnits(pkgs []*listed) []*unit {
	byPath := make(map[string]*unit)
	var units []*unit
	for _, p := range pkgs {
		if p.ImportPath == "unsafe" || p.ImportPath == "C" {
			continue
		}
		u := &unit{pkg: p, done: make(chan struct{})}
		for _, imp := range p.Imports {
			if dep := byPath[imp]; dep != nil {
				u.deps = append(u.deps, dep)
			}
		}
		byPath[p.ImportPath] = u
		units = append(units, u)
	}
	return units
}

// all runs every unit once its dependencies are done, as many tool
// processes at a time as there are CPUs.
func (run *unitRun) all(units []*unit) error {
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	errs := make([]error, len(units))
	var wg sync.WaitGroup
	for i, u := range units {
		wg.Go(func() {
			defer close(u.done)
			for _, d := range u.deps {
				<-d.done
			}
			sem <- struct{}{}
			defer func() { <-sem }()
			errs[i] = run.one(u)
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// one analyzes a unit, or takes its results from the cache. Only
// infrastructure failures are returned; a package that does not build is
// reported on errOut and marked failed.
func (run *unitRun) one(u *unit) error {
	p := u.pkg
	if p.Error != nil {
		run.reportFailure(p.ImportPath, p.Error.Err)
		u.fails = true
		return nil
	}
	for _, d := range u.deps {
		if d.vetx == "" {
			u.fails = true // the dependency's failure is reported already
			return nil
		}
	}
	if len(p.CompiledGoFiles) == 0 {
		// Only test files (go vet would check those): nothing to analyze,
		// and no package can import it.
		u.vetx = os.DevNull
		return nil
	}
	key, err := run.key(u)
	if err != nil {
		return err
	}
	u.key = key
	if vetx, out, ok := run.cache.get(key); ok {
		u.vetx, u.out = vetx, out
		return nil
	}
	return run.analyze(u)
}

// key hashes everything the unit's results depend on.
func (run *unitRun) key(u *unit) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "ssrlint unit v1\ntool %s\nflags %q\n", run.toolID, run.toolFlags)
	// The export file's name is the build cache's hash of the compiled
	// package: it changes with the toolchain, build tags and every input
	// of the compilation. The source files are hashed too, for what the
	// compiler ignores (comments, which carry directives).
	fmt.Fprintf(h, "pkg %s %t\nexport %s\n", u.pkg.ImportPath, u.pkg.DepOnly, u.pkg.Export)
	for _, f := range u.sources() {
		sum, err := fileHash(f)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "file %s %s\n", f, sum)
	}
	for _, d := range u.deps {
		fmt.Fprintf(h, "dep %s %s\n", d.pkg.ImportPath, d.key)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
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

// analyze runs the vet tool on the unit and caches its results.
func (run *unitRun) analyze(u *unit) error {
	p := u.pkg
	dir, err := os.MkdirTemp(run.tmp, "unit")
	if err != nil {
		return err
	}
	cfg := run.description(u, dir)
	data, err := json.Marshal(cfg)
	if err != nil {
		return err
	}
	cfgFile := filepath.Join(dir, "vet.cfg")
	if err := os.WriteFile(cfgFile, data, 0o644); err != nil {
		return err
	}
	cmd := exec.Command(run.exe, append(run.toolFlags, cfgFile)...)
	cmd.Dir = p.Dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := stderr.String()
		if msg == "" {
			msg = err.Error()
		}
		run.reportFailure(p.ImportPath, msg)
		u.fails = true
		return nil
	}
	out, err := os.ReadFile(cfg.Stdout)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	u.out = out
	u.vetx, err = run.cache.put(u.key, cfg.VetxOutput, out)
	return err
}

func (run *unitRun) description(u *unit, dir string) *unitDescription {
	p := u.pkg
	cfg := &unitDescription{
		ID:           p.ImportPath,
		Compiler:     "gc",
		Dir:          p.Dir,
		ImportPath:   p.ImportPath,
		GoFiles:      u.sources(),
		NonGoFiles:   absFiles(p.Dir, p.SFiles),
		IgnoredFiles: absFiles(p.Dir, p.IgnoredGoFiles),
		ImportMap:    make(map[string]string),
		PackageFile:  make(map[string]string),
		Standard:     make(map[string]bool),
		PackageVetx:  make(map[string]string),
		VetxOnly:     p.DepOnly,
		VetxOutput:   filepath.Join(dir, "vet.out"),
		Stdout:       filepath.Join(dir, "vet.stdout"),
		GoVersion:    "go" + strings.TrimPrefix(runtime.Version(), "go"),
	}
	if m := p.Module; m != nil {
		cfg.GoVersion = "go" + m.GoVersion
		if m.GoVersion == "" {
			cfg.GoVersion = "go1.16" // cmd/go's default for a go.mod without a go line
		}
		if m.Error == nil {
			cfg.ModulePath, cfg.ModuleVersion = m.Path, m.Version
		}
	}
	for _, imp := range p.Imports {
		cfg.ImportMap[imp] = imp
	}
	for from, to := range p.ImportMap {
		cfg.ImportMap[from] = to
	}
	for _, d := range u.deps {
		dp := d.pkg
		cfg.PackageFile[dp.ImportPath] = dp.Export
		cfg.PackageVetx[dp.ImportPath] = d.vetx
		if dp.Standard {
			cfg.Standard[dp.ImportPath] = true
		}
	}
	return cfg
}

// reportFailure writes a package's error as go vet does: "# <package>",
// then the messages with paths relative to the working directory.
func (run *unitRun) reportFailure(pkg, msg string) {
	msg = strings.TrimSpace(msg)
	if !strings.HasPrefix(msg, "# ") {
		msg = "# " + pkg + "\n" + msg
	}
	msg = strings.ReplaceAll(msg, run.wd+string(filepath.Separator), "")
	run.mu.Lock()
	defer run.mu.Unlock()
	fmt.Fprintln(run.errOut, msg)
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
