// Package cli is the ssrlint command: a driver that runs the analyzers one
// package per process with the unitchecker protocol of `go vet -vettool`
// (export data of the imports, facts in files, results in ssrlint's cache;
// see units.go), then reports what they found as text, JSON, SARIF or
// GitHub annotations, filtered by a baseline. -fix goes through go vet.
package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/ssrlint/ssrlint/internal/baseline"
	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/findings"
	"github.com/ssrlint/ssrlint/internal/srcroot"
	"golang.org/x/tools/go/analysis"
)

// Exit codes of the ssrlint command.
const (
	ExitClean    = 0 // no findings
	ExitFindings = 1 // findings reported
	ExitError    = 2 // bad flags or configuration, a package that does not build, an analyzer failure
)

// Main runs the ssrlint command with args (without the program name) and
// returns its exit code.
func Main(args []string, analyzers []*analysis.Analyzer, stdout, stderr io.Writer) int {
	o, patterns, err := parseFlags(args, analyzers, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return ExitClean
	}
	if err != nil {
		fmt.Fprintf(stderr, "ssrlint: %v\n", err)
		return ExitError
	}
	if o.explain != "" {
		return explain(o.explain, analyzers, stdout, stderr)
	}
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	if err := checkConfig(o); err != nil {
		fmt.Fprintf(stderr, "ssrlint: %v\n", err)
		return ExitError
	}
	r := runner{opts: o, analyzers: analyzers, stdout: stdout, stderr: stderr}
	return r.run(patterns)
}

// checkConfig reads the configuration that applies to the current
// directory up front, so that a broken file is one clear error instead of
// one per package.
func checkConfig(o *options) error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	_, err = (&config.Loader{Path: o.config, Settings: o.settings}).ForDir(wd)
	return err
}

type runner struct {
	opts      *options
	analyzers []*analysis.Analyzer
	stdout    io.Writer
	stderr    io.Writer
	srcRoot   string // set by root on first use
}

// root returns the directory that SARIF locations, GitHub annotations and
// baseline entries are relative to: the repository root.
func (r *runner) root() string {
	if r.srcRoot == "" {
		wd, err := os.Getwd()
		if err != nil {
			wd = "."
		}
		r.srcRoot = srcroot.Find(wd)
	}
	return r.srcRoot
}

func (r *runner) run(patterns []string) int {
	base, err := readBaseline(r.opts.baseline)
	if err != nil {
		fmt.Fprintf(r.stderr, "ssrlint: %v\n", err)
		return ExitError
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(r.stderr, "ssrlint: cannot find its own executable: %v\n", err)
		return ExitError
	}
	args, err := r.vetArgs(exe, patterns)
	if err != nil {
		fmt.Fprintf(r.stderr, "ssrlint: %v\n", err)
		return ExitError
	}
	var out, errOut bytes.Buffer
	var runErr error
	if r.opts.fix || os.Getenv(goVetEnv) != "" {
		cmd := exec.Command("go", args...)
		cmd.Stdout, cmd.Stderr = &out, &errOut
		runErr = cmd.Run()
	} else {
		runErr = r.runUnits(exe, args, patterns, &out, &errOut)
	}
	if r.opts.fix {
		return r.finishFix(runErr, &out, &errOut)
	}
	res, err := findings.Parse(&out)
	if err != nil {
		fmt.Fprintf(r.stderr, "ssrlint: %v\n", err)
		return ExitError
	}
	failed := runErr != nil || len(res.Errors) > 0
	code, err := r.finish(res, base, failed)
	if err != nil {
		fmt.Fprintf(r.stderr, "ssrlint: %v\n", err)
		code = ExitError
	}
	if failed {
		r.printToolErrors(res, runErr, &errOut)
		return ExitError
	}
	return code
}

// finish records the findings in the -baseline-write file, or reports
// those that base (if any) does not record, and returns the exit code for
// the findings. A failed analysis writes no baseline: it would be missing
// the findings of the packages that failed.
func (r *runner) finish(res *findings.Result, base *baseline.File, failed bool) (int, error) {
	if r.opts.baselineWrite != "" {
		if failed {
			return ExitError, fmt.Errorf("baseline %s not written: the analysis failed", r.opts.baselineWrite)
		}
		return ExitClean, r.writeBaseline(res.Findings)
	}
	if base != nil {
		r.applyBaseline(base, res)
	}
	return r.report(res)
}

// vetArgs builds the go vet command line.
func (r *runner) vetArgs(exe string, patterns []string) ([]string, error) {
	args := []string{"vet", "-vettool=" + exe}
	if r.opts.tags != "" {
		args = append(args, "-tags="+r.opts.tags)
	}
	switch {
	case r.opts.diff:
		args = append(args, "-fix", "-diff")
	case r.opts.fix:
		args = append(args, "-fix")
	default:
		args = append(args, "-json")
	}
	args = append(args, r.opts.forwarded...)
	configPath := r.opts.config
	if configPath != "" {
		abs, err := filepath.Abs(configPath)
		if err != nil {
			return nil, err
		}
		configPath = abs
	}
	for _, a := range r.analyzers {
		if configPath != "" {
			args = append(args, "-"+a.Name+".config="+configPath)
		}
		if r.opts.settings != "" {
			args = append(args, "-"+a.Name+".settings="+r.opts.settings)
		}
	}
	digest, err := configDigest(configPath)
	if err != nil {
		return nil, err
	}
	args = append(args, "-"+digestFlag+"="+digest)
	return append(args, patterns...), nil
}

// configDigest hashes the configuration file that applies here. go vet
// caches results keyed by the tool, its flags and the package inputs, not
// by .ssrlint.yml: passing the digest as a flag makes an edited file
// invalidate the cached results.
func configDigest(path string) (string, error) {
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		path = config.Find(wd)
	}
	h := sha256.New()
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\n%s", path, data)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

func (r *runner) finishFix(runErr error, out, errOut *bytes.Buffer) int {
	io.Copy(r.stdout, out) //nolint:errcheck // nothing better to do when stdout fails
	if runErr == nil {
		return ExitClean
	}
	if r.opts.diff && errOut.Len() == 0 {
		return ExitFindings // go vet -diff exits non-zero when the diff is not empty
	}
	io.Copy(r.stderr, errOut) //nolint:errcheck // nothing better to do when stderr fails
	return ExitError
}

func (r *runner) printToolErrors(res *findings.Result, runErr error, errOut *bytes.Buffer) {
	for _, e := range res.Errors {
		fmt.Fprintf(r.stderr, "ssrlint: %s: %s: %s\n", e.Package, e.Analyzer, strings.TrimSpace(e.Err))
	}
	if runErr != nil {
		msg := strings.TrimSpace(errOut.String())
		if msg == "" {
			msg = runErr.Error()
		}
		fmt.Fprintf(r.stderr, "ssrlint: some packages could not be analyzed:\n%s\n", msg)
	}
}
