// Package cli is the front end of the ssrlint command: its flags, the
// invocation of the vet tool (run by the unit runner, internal/unitrun, or
// by go vet for -fix and SSRLINT_GOVET=1), and the reports of what the
// analyzers found as text, JSON, SARIF or GitHub annotations, filtered by
// a baseline.
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
	"github.com/ssrlint/ssrlint/internal/unitrun"
	"github.com/ssrlint/ssrlint/internal/vettool"
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
	if len(args) > 0 && args[0] == "props" {
		return propsMain(args[1:], analyzers, stdout, stderr)
	}
	o, patterns, err := parseFlags(args, analyzers, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return ExitClean
	}
	if errors.Is(err, errFlagSyntax) {
		return ExitError // the flag package printed it, with the usage
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
	for _, l := range append([]*config.Loader{{Path: o.config, Settings: o.settings}}, o.analyzerLoaders()...) {
		if _, err := l.ForDir(wd); err != nil {
			return err
		}
	}
	return nil
}

type runner struct {
	opts      *options
	analyzers []*analysis.Analyzer
	stdout    io.Writer
	stderr    io.Writer
	srcRoot   string // set by root on first use
	// buildErrors are the packages that could not be analyzed, for the
	// reports that record failures (SARIF).
	buildErrors []findings.ToolError
	// factFiles are the facts files of the named packages by import path,
	// set by the unit runner (ssrlint props reads the props surface there).
	factFiles map[string]string
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
	inv, err := r.invocation(exe, patterns)
	if err != nil {
		fmt.Fprintf(r.stderr, "ssrlint: %v\n", err)
		return ExitError
	}
	var out, errOut bytes.Buffer
	var runErr error
	var res *findings.Result
	if r.opts.fix || os.Getenv(goVetEnv) != "" {
		cmd := exec.Command("go", r.goVetArgs(inv)...)
		cmd.Stdout, cmd.Stderr = &out, &errOut
		runErr = cmd.Run()
		if r.opts.fix {
			return r.finishFix(runErr, &out, &errOut)
		}
		if runErr != nil {
			r.buildErrors = buildErrors(runErr, errOut.String())
		}
		res, err = findings.Parse(&out)
	} else {
		res, runErr, err = r.runUnits(inv, &errOut)
	}
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

// goVetEnv makes the driver run go vet instead of the unit runner (as -fix
// does): SSRLINT_GOVET=1.
const goVetEnv = "SSRLINT_GOVET"

// invocation is what the vet tool is to analyze, and with which flags.
func (r *runner) invocation(exe string, patterns []string) (vettool.Invocation, error) {
	inv := vettool.Invocation{Tool: exe, Patterns: patterns}
	if r.opts.tags != "" {
		inv.BuildFlags = append(inv.BuildFlags, "-tags="+r.opts.tags)
	}
	forwarded, err := absConfigFlags(r.opts.forwarded)
	if err != nil {
		return inv, err
	}
	inv.ToolFlags = append(inv.ToolFlags, forwarded...)
	configPath := r.opts.config
	if configPath != "" {
		abs, err := filepath.Abs(configPath)
		if err != nil {
			return inv, err
		}
		configPath = abs
	}
	for _, a := range r.analyzers {
		if configPath != "" {
			inv.ToolFlags = append(inv.ToolFlags, "-"+a.Name+".config="+configPath)
		}
		if r.opts.settings != "" {
			inv.ToolFlags = append(inv.ToolFlags, "-"+a.Name+".settings="+r.opts.settings)
		}
	}
	digest, err := configDigest(configPath)
	if err != nil {
		return inv, err
	}
	inv.ToolFlags = append(inv.ToolFlags, "-"+vettool.DigestFlag+"="+digest)
	return inv, nil
}

// goVetArgs renders inv as a go vet command line: -json, or -fix (and
// -diff) for -fix.
func (r *runner) goVetArgs(inv vettool.Invocation) []string {
	args := append([]string{"vet", "-vettool=" + inv.Tool}, inv.BuildFlags...)
	switch {
	case r.opts.diff:
		args = append(args, "-fix", "-diff")
	case r.opts.fix:
		args = append(args, "-fix")
	default:
		args = append(args, "-json")
	}
	args = append(args, inv.ToolFlags...)
	// "--": a pattern that starts with a dash is a package path, never a flag.
	args = append(args, "--")
	return append(args, inv.Patterns...)
}

// configDigest hashes the configuration file that applies here. go vet and
// the unit runner cache results keyed by the tool, its flags and the
// package inputs, not by .ssrlint.yml: passing the digest as a flag makes
// an edited file invalidate the cached results.
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
		data, err := config.ReadFile(path)
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

// runUnits runs the unit runner. Its failures become the build errors
// and, as go vet writes them ("# <package>", then the message), the text
// on errOut that printToolErrors shows; runErr says the analysis failed.
func (r *runner) runUnits(inv vettool.Invocation, errOut *bytes.Buffer) (res *findings.Result, runErr, err error) {
	units, runErr := unitrun.Run(inv)
	if errors.Is(runErr, unitrun.ErrCacheDir) {
		return nil, nil, runErr // one line, as for bad flags
	}
	errOut.WriteString(units.Warnings)
	for _, f := range units.Failures {
		fmt.Fprintf(errOut, "# %s\n%s\n", f.Package, f.Err)
	}
	r.buildErrors = units.Failures
	r.factFiles = units.FactFiles
	if runErr != nil {
		r.buildErrors = buildErrors(runErr, units.Warnings) // go list failed: its message
	} else if len(units.Failures) > 0 {
		runErr = errors.New("some packages could not be analyzed")
	}
	res, err = findings.ParseUnits(units.Outputs)
	return res, runErr, err
}

// buildErrors splits go vet's error output, "# <package>" and the
// messages for each package that could not be analyzed, into tool errors
// (without an analyzer); text before the first package is an error of its
// own.
func buildErrors(runErr error, errOut string) []findings.ToolError {
	blocks := strings.Split("\n"+strings.TrimSpace(errOut), "\n# ")
	var errs []findings.ToolError
	if preamble := strings.TrimSpace(blocks[0]); preamble != "" {
		errs = append(errs, findings.ToolError{Err: preamble})
	}
	for _, b := range blocks[1:] {
		pkg, msg, _ := strings.Cut(b, "\n")
		errs = append(errs, findings.ToolError{Package: pkg, Err: strings.TrimSpace(msg)})
	}
	if len(errs) == 0 {
		errs = append(errs, findings.ToolError{Err: runErr.Error()})
	}
	return errs
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
