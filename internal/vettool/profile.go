package vettool

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// Environment variables that make every vet tool process write profiles
// into a directory, one file per package unit:
// <dir>/<import path>.<pid>.cpu.pprof and .mem.pprof. Merge them with
// `go tool pprof -top <dir>/*.cpu.pprof`. Use a fresh GOCACHE: go vet does
// not run the tool for a unit whose result it has cached.
const (
	cpuProfileEnv = "SSRLINT_CPUPROFILE"
	memProfileEnv = "SSRLINT_MEMPROFILE"
)

// withProfiler returns analyzers plus, when profiling is asked for, an
// analyzer that writes the profiles. go vet's tool processes leave through
// os.Exit inside unitchecker, which runs no deferred function, so the
// profiles are written by an analyzer that requires the others and thus
// runs last in the unit.
func withProfiler(analyzers []*analysis.Analyzer, args []string) []*analysis.Analyzer {
	cpuDir, memDir := os.Getenv(cpuProfileEnv), os.Getenv(memProfileEnv)
	unit, ok := readUnit(args)
	if !ok || cpuDir == "" && memDir == "" {
		return analyzers
	}
	var cpu bytes.Buffer
	if cpuDir != "" {
		if err := pprof.StartCPUProfile(&cpu); err != nil {
			fmt.Fprintf(os.Stderr, "ssrlint: %s: %v\n", cpuProfileEnv, err)
			return analyzers
		}
	}
	requires := analyzers
	if unit.VetxOnly {
		// unitchecker runs only the analyzers that use facts in a
		// dependency's unit: require no others, or the profile would
		// measure work that a normal run does not do.
		requires = usingFacts(analyzers)
	}
	profiler := &analysis.Analyzer{
		Name:     "ssrlintprofile",
		Doc:      "writes the profiles asked for by " + cpuProfileEnv + " and " + memProfileEnv,
		Requires: requires,
		// A fact type makes unitchecker run it in dependencies' units too.
		FactTypes: []analysis.Fact{new(profileFact)},
		Run: func(*analysis.Pass) (any, error) {
			name := strings.ReplaceAll(unit.ImportPath, "/", "_") + fmt.Sprintf(".%d", os.Getpid())
			if cpuDir != "" {
				pprof.StopCPUProfile()
				writeProfile(filepath.Join(cpuDir, name+".cpu.pprof"), cpu.Bytes())
			}
			if memDir != "" {
				runtime.GC()
				var mem bytes.Buffer
				if err := pprof.Lookup("allocs").WriteTo(&mem, 0); err != nil {
					return nil, err
				}
				writeProfile(filepath.Join(memDir, name+".mem.pprof"), mem.Bytes())
			}
			return nil, nil
		},
	}
	return append(analyzers, profiler)
}

// profileFact is never exported; its type only makes the profiler count as
// an analyzer that uses facts.
type profileFact struct{}

func (*profileFact) AFact() {}

// readUnit reads the unit description that args name last, if any.
func readUnit(args []string) (unitchecker.Config, bool) {
	var unit unitchecker.Config
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return unit, false
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil || json.Unmarshal(data, &unit) != nil {
		return unit, false
	}
	return unit, true
}

func usingFacts(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, a := range analyzers {
		if usesFacts(a) {
			out = append(out, a)
		}
	}
	return out
}

func usesFacts(a *analysis.Analyzer) bool {
	if len(a.FactTypes) > 0 {
		return true
	}
	for _, req := range a.Requires {
		if usesFacts(req) {
			return true
		}
	}
	return false
}

func writeProfile(name string, data []byte) {
	if err := os.WriteFile(name, data, 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "ssrlint: writing profile: %v\n", err)
	}
}
