// Package unitrun is ssrlint's unit runner: it does what `go vet
// -vettool` does, minus two costs that made ssrlint slower than
// staticcheck: go vet checks each package's test variant (compiling every
// package a second time with its tests, though ssrlint never looks at
// _test.go files), and even with every result cached it builds the whole
// action graph. Here, `go list -deps` lists the packages without their
// tests, and each package unit runs in its own process of the vet tool
// through the very same unitchecker protocol (a *.cfg file, types and
// facts in vetx files), in dependency order, results cached in ssrlint's
// cache (cache.go) under a key that covers the tool, its flags, the
// package's files and its dependencies' keys (key.go).
//
// Nothing is compiled: unitchecker type-checks each unit from source and
// imports its dependencies' types from their vetx files, not from the
// compiler's export data, so asking go list for -export would only make a
// cold run compile every package for nothing (most of its time).
package unitrun

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/ssrlint/ssrlint/internal/findings"
	"github.com/ssrlint/ssrlint/internal/vettool"
)

// listed is what `go list -json` says about a package: the fields go list
// is asked for (listFields).
type listed struct {
	ImportPath      string
	Dir             string
	CompiledGoFiles []string
	IgnoredGoFiles  []string
	SFiles          []string
	Imports         []string
	ImportMap       map[string]string
	Standard        bool
	DepOnly         bool
	Module          *analysis.Module
	Error           *listError
}

// listError is go list's description of a package that cannot be built.
type listError struct {
	ImportStack []string
	Pos         string
	Err         string
}

// String formats e as the go command does: the import chain that leads to
// the package (which names an import cycle), then the position.
func (e *listError) String() string {
	msg := e.Err
	if e.Pos != "" {
		msg = e.Pos + ": " + msg
	}
	if len(e.ImportStack) > 1 {
		msg = "package " + strings.Join(e.ImportStack, "\n\timports ") + ": " + msg
	}
	return msg
}

// unit is one package to analyze.
type unit struct {
	pkg  *listed
	env  []string // the go environment of the browser pass, nil natively
	deps []*unit
	done chan struct{}
	key  string
	vetx string // facts file, set when the unit succeeded
	out  []byte // the tool's JSON output (units of the named packages)
	// args are the tool flags of this unit alone (its route table).
	args []string
	// failure is why the unit's own package could not be analyzed; empty
	// when it failed because a dependency did.
	failure *findings.ToolError
}

// unitRun is one run of the unit runner.
type unitRun struct {
	exe      string
	toolArgs []string // the tool's flags, before the unit's *.cfg file
	toolID   string
	cache    *cache
	tmp      string
	// configFiles are the configuration files named by -<analyzer>.config.
	configFiles []string
	// settings is the configuration given by -<analyzer>.settings.
	settings string
	routes   *routeTables
	wd       string
	sources  sourceHashes
	// analyze runs the tool on a unit whose dependencies succeeded (a stub
	// in tests).
	analyze func(*unit) error
}

// Result is what a run found.
type Result struct {
	// Outputs are the tool's JSON results of the packages the patterns
	// named, one per unit, dependencies first.
	Outputs [][]byte
	// Failures are the packages that could not be analyzed, in go list's
	// order, with the go command's or the tool's message (paths relative
	// to the working directory). A package whose dependency failed is not
	// one of them.
	Failures []findings.ToolError
	// Warnings is what go list wrote on its standard error ("matched no
	// packages").
	Warnings string
	// FactFiles are the facts files of the named packages that were
	// analyzed, by import path (ssrlint props reads the props surface
	// there).
	FactFiles map[string]string
}

// ErrCacheDir is the error of Run when the cache directory cannot be used
// (another user owns it): a message of one line, not a package's failure.
var ErrCacheDir = errors.New("cache")

// Run analyzes the packages that inv's patterns match. Packages that do
// not build are Failures of the result; the error is for the run itself
// (go list failing, with its Warnings, or the cache directory unusable).
// The result is never nil.
func Run(inv vettool.Invocation) (*Result, error) {
	start := time.Now()
	run := &unitRun{exe: inv.Tool, toolArgs: toolArgs(inv)}
	run.analyze = run.runTool
	var err error
	if run.wd, err = os.Getwd(); err != nil {
		return &Result{}, err
	}
	if run.cache, err = openCache(); err != nil {
		return &Result{}, fmt.Errorf("%w: %v", ErrCacheDir, err)
	}
	st := newStamp(inv, run.wd)
	last := st.lookup(run.cache)
	if res, ok := last.replay(); ok {
		return res, nil
	}
	var pkgs, wasmPkgs []*listed
	var warnings string
	if last.reusable() {
		pkgs, wasmPkgs = last.Native, last.Browser
		run.sources.trusted = last.unchangedHashes()
	} else if pkgs, wasmPkgs, warnings, err = list(inv); err != nil {
		return &Result{Warnings: warnings}, err
	}
	failed := &Result{Warnings: warnings}
	if run.toolID, err = fileHash(inv.Tool); err != nil {
		return failed, err
	}
	run.configFiles = flagConfigFiles(run.toolArgs)
	run.settings = flagSettings(run.toolArgs)
	if run.tmp, err = run.cache.tempDir(); err != nil {
		return failed, err
	}
	defer os.RemoveAll(run.tmp)

	run.routes = newRouteTables(pkgs, run.toolArgs, run.cache.dir)
	if run.cache.dir == "" {
		run.routes.dir = run.tmp
	}
	units := append(buildUnits(pkgs, nil), buildUnits(wasmPkgs, wasmEnv)...)
	if err := run.all(units); err != nil {
		return failed, err
	}
	run.cache.trim()
	res := results(units)
	res.Warnings = warnings
	st.record(run.cache, run, last, pkgs, wasmPkgs, inv.Patterns, res, start)
	return res, nil
}

// list lists the packages that inv's patterns match, dependencies first,
// natively and, for the directories with browser-only files, for the
// browser (wasm.go).
func list(inv vettool.Invocation) (pkgs, wasmPkgs []*listed, warnings string, err error) {
	pkgs, warnings, err = goList(listArgs(inv), nil)
	if err != nil {
		return nil, nil, warnings, err
	}
	if dirs := wasmTargets(pkgs, inv.Patterns); len(dirs) > 0 {
		if wasmPkgs, _, err = goList(wasmListArgs(inv, dirs), wasmEnv); err != nil {
			return nil, nil, warnings, err
		}
		pkgs = withoutExcluded(pkgs, dirs)
	}
	return pkgs, wasmPkgs, warnings, nil
}

// listArgs renders inv as the go list command line that finds the
// packages, dependencies included, without their tests. -compiled runs
// cgo (the type checker needs its output) and nothing else. -json names
// its fields: go list computes the rest (staleness: hashing every input of
// every package) only when asked for all of them. -cover=false: with
// GOFLAGS=-cover, the compiled files would be coverage-instrumented
// copies, not the user's files. "--": a pattern that starts with a dash
// is a package path, never a flag.
func listArgs(inv vettool.Invocation) []string {
	args := append([]string{"list", "-e", "-compiled", "-deps", "-json=" + listFields(), "-cover=false"}, inv.BuildFlags...)
	args = append(args, "--")
	return append(args, inv.Patterns...)
}

// listFields names the fields of listed, for go list's -json flag.
func listFields() string {
	t := reflect.TypeFor[listed]()
	names := make([]string, t.NumField())
	for i := range names {
		names[i] = t.Field(i).Name
	}
	return strings.Join(names, ",")
}

// toolArgs renders inv as the vet tool's flags, before each unit's *.cfg
// file: JSON results, and inv's tool flags.
func toolArgs(inv vettool.Invocation) []string {
	return append([]string{"-json"}, inv.ToolFlags...)
}

// results gathers the outputs of the units of the named packages and the
// failures of all units, native units first. A package analyzed in both
// passes keeps its native facts file, and only its native failure: the
// native build is the one its author is sure to run, and a package that
// merely has a *_js.go file need not build for the browser.
func results(units []*unit) *Result {
	res := &Result{FactFiles: map[string]string{}}
	native := map[string]bool{}
	for _, u := range units {
		seenNatively := u.env != nil && native[u.pkg.ImportPath]
		if u.env == nil {
			native[u.pkg.ImportPath] = true
		}
		if !u.pkg.DepOnly && len(u.out) > 0 {
			res.Outputs = append(res.Outputs, u.out)
		}
		if !seenNatively && !u.pkg.DepOnly && u.vetx != "" && u.vetx != os.DevNull {
			res.FactFiles[u.pkg.ImportPath] = u.vetx
		}
		if !seenNatively && u.failure != nil {
			res.Failures = append(res.Failures, *u.failure)
		}
	}
	return res
}

// goList runs go list with args, in the environment plus env.
func goList(args, env []string) (pkgs []*listed, warnings string, err error) {
	cmd := exec.Command("go", args...)
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	warnings = stderr.String()
	if runErr != nil && stdout.Len() == 0 {
		return nil, warnings, fmt.Errorf("go list: %v", runErr)
	}
	for dec := json.NewDecoder(&stdout); ; {
		p := new(listed)
		err := dec.Decode(p)
		if errors.Is(err, io.EOF) {
			return pkgs, warnings, nil
		}
		if err != nil {
			return nil, warnings, fmt.Errorf("reading go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
}

// buildUnits links the packages, which go list -deps prints dependencies
// first, to their dependencies; env is the environment they were listed
// in. Pseudo-packages (C, unsafe) have no unit.
func buildUnits(pkgs []*listed, env []string) []*unit {
	byPath := make(map[string]*unit)
	var units []*unit
	for _, p := range pkgs {
		if p.ImportPath == "unsafe" || p.ImportPath == "C" {
			continue
		}
		u := &unit{pkg: p, env: env, done: make(chan struct{})}
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
// marked failed, with its failure.
func (run *unitRun) one(u *unit) error {
	p := u.pkg
	if p.Error != nil {
		u.fail(run.wd, p.Error.String())
		return nil
	}
	for _, d := range u.deps {
		if d.vetx == "" {
			return nil // the dependency's failure is reported already
		}
	}
	if len(p.CompiledGoFiles) == 0 {
		// Only test files (go vet would check those): nothing to analyze,
		// and no package can import it.
		u.vetx = os.DevNull
		return nil
	}
	if run.routes != nil {
		args, err := run.routes.args(u)
		if err != nil {
			return err
		}
		u.args = args
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

// runTool runs the vet tool on the unit and caches its results.
func (run *unitRun) runTool(u *unit) error {
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
	if err := os.WriteFile(cfgFile, data, 0o600); err != nil {
		return err
	}
	cmd := exec.Command(run.exe, slices.Concat(run.toolArgs, u.args, []string{cfgFile})...)
	cmd.Dir = p.Dir
	if u.env != nil {
		cmd.Env = append(os.Environ(), u.env...) // the type checker's sizes follow GOARCH
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := stderr.String()
		if msg == "" {
			msg = err.Error()
		}
		u.fail(run.wd, msg)
		return nil
	}
	out, err := os.ReadFile(cfg.Stdout)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	u.out = out
	store := run.cache
	if hasAnalyzerError(out) {
		store = &cache{} // off: the files stay in the run's directory
	}
	u.vetx, err = store.put(u.key, cfg.VetxOutput, out)
	return err
}

// description is the unit's *.cfg file, as cmd/go writes it for go vet.
func (run *unitRun) description(u *unit, dir string) *unitchecker.Config {
	p := u.pkg
	cfg := &unitchecker.Config{
		ID:           p.ImportPath,
		Compiler:     "gc",
		GoVersion:    langVersion(p),
		Dir:          p.Dir,
		ImportPath:   p.ImportPath,
		GoFiles:      u.sources(),
		NonGoFiles:   absFiles(p.Dir, p.SFiles),
		IgnoredFiles: absFiles(p.Dir, p.IgnoredGoFiles),
		ImportMap:    make(map[string]string),
		Standard:     make(map[string]bool),
		PackageVetx:  make(map[string]string),
		VetxOnly:     p.DepOnly,
		VetxOutput:   filepath.Join(dir, "vet.out"),
		Stdout:       filepath.Join(dir, "vet.stdout"),
	}
	if m := p.Module; m != nil && m.Error == nil {
		cfg.Module = m
	}
	for _, imp := range p.Imports {
		cfg.ImportMap[imp] = imp
	}
	for from, to := range p.ImportMap {
		cfg.ImportMap[from] = to
	}
	for _, d := range u.deps {
		dp := d.pkg
		cfg.PackageVetx[dp.ImportPath] = d.vetx
		if dp.Standard {
			cfg.Standard[dp.ImportPath] = true
		}
	}
	return cfg
}

// langVersion is the Go version the package's files are type-checked
// for: its module's go line.
func langVersion(p *listed) string {
	m := p.Module
	switch {
	case m == nil:
		return "go" + strings.TrimPrefix(runtime.Version(), "go")
	case m.GoVersion == "":
		return "go1.16" // cmd/go's default for a go.mod without a go line
	}
	return "go" + m.GoVersion
}

// fail marks the unit failed with msg, its paths made relative to the
// working directory wd as go vet does. A message that starts with its own
// "# <package>" line names the package (a test variant, for one).
func (u *unit) fail(wd, msg string) {
	msg = strings.ReplaceAll(strings.TrimSpace(msg), wd+string(filepath.Separator), "")
	pkg := u.pkg.ImportPath
	if header, rest, ok := strings.Cut(msg, "\n"); ok && strings.HasPrefix(header, "# ") {
		pkg, msg = strings.TrimPrefix(header, "# "), strings.TrimSpace(rest)
	}
	u.failure = &findings.ToolError{Package: pkg, Err: msg}
}
