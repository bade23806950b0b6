package lintpass_test

import (
	"fmt"
	"go/ast"
	"slices"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/internal/lintpass"
	"golang.org/x/tools/go/analysis/analysistest"
	"honnef.co/go/tools/analysis/facts/generated"
)

// probe stands in for selfapi (//ssrlint:ignore accepts only real rule
// ids): it reports every function declared in any file of the package,
// test and generated files included, so that the tests see what the base
// drops. It owns the directives no analyzer owns (lintpass.OwnDirectives).
var probe = lintpass.New(lintpass.Spec{
	Name:  "selfapi",
	DocGo: "// Package probe.\n//\n// # Analyzer selfapi\n//\n// selfapi: reports every function\n//\n// A stand-in.\npackage probe\n",
	Run: func(p *lintpass.Pass) (any, error) {
		for _, f := range p.Pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					p.Reportf(fd.Pos(), "func %s", fd.Name.Name)
				}
			}
		}
		return nil, nil
	},
})

func TestIgnoreDirectives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "example.com/base/ignores", "example.com/base/unknown")
}

func TestTestAndGeneratedFilesAreOutOfScope(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "example.com/base/scope")
}

func TestDisabledAnalyzerDoesNotRun(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "example.com/base/disabled/...")
}

// errorRecorder is an analysistest.Testing that keeps the errors.
type errorRecorder struct{ errs []string }

func (r *errorRecorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestPanicBecomesAnErrorNamingThePackage(t *testing.T) {
	panicky := lintpass.New(lintpass.Spec{
		Name:  "propserror",
		DocGo: "// # Analyzer propserror\n//\n// propserror: panics\npackage panicky\n",
		Run: func(p *lintpass.Pass) (any, error) {
			_ = p.Files[len(p.Files)] // a runtime error, as a bug would cause
			return nil, nil
		},
	})
	var rec errorRecorder
	analysistest.Run(&rec, analysistest.TestData(), panicky, "example.com/base/ignores")
	want := "internal error: propserror panicked on package example.com/base/ignores: runtime error: index out of range"
	if len(rec.errs) != 1 || !strings.Contains(rec.errs[0], want) {
		t.Errorf("errors = %q, want one containing %q", rec.errs, want)
	}
}

func TestNewWiresTheBase(t *testing.T) {
	if probe.Doc != "selfapi: reports every function\n\nA stand-in." {
		t.Errorf("Doc = %q, want the text after the heading of doc.go", probe.Doc)
	}
	if want := "https://github.com/ssrlint/ssrlint/blob/main/docs/rules/selfapi.md"; probe.URL != want {
		t.Errorf("URL = %q, want %q", probe.URL, want)
	}
	if !slices.Contains(probe.Requires, generated.Analyzer) {
		t.Errorf("Requires = %v, want the generated-file analyzer the base needs", probe.Requires)
	}
	for _, name := range []string{"config", "settings"} {
		if probe.Flags.Lookup(name) == nil {
			t.Errorf("no -%s flag", name)
		}
	}
}
