// Package lintpass is what every ssrlint analyzer runs on: an analysis.Pass
// with the package's configuration and page classification, the files that
// are in scope (no tests, no generated code), reporting that honours
// //ssrlint:ignore directives, and a panic turned into an error that names
// the package.
package lintpass

import (
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"strings"

	"github.com/ssrlint/ssrlint/internal/browserbuild"
	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/pages"
	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/facts/generated"
)

// Pass is an analysis.Pass with ssrlint's view of the package.
type Pass struct {
	*analysis.Pass
	Config  *config.Config
	Package *pages.Package
	// Files are the package's files that ssrlint analyzes: _test.go files
	// and generated files are left out.
	Files []*ast.File

	ignores *ignores
}

// wrap turns run into an analysis run function. Configuration comes from
// loader; an analyzer disabled there does nothing. A panic in run becomes
// an error naming the analyzer and the package.
func wrap(loader *config.Loader, run func(*Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(ap *analysis.Pass) (result any, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("internal error: %s panicked on package %s: %v\n%s", ap.Analyzer.Name, ap.Pkg.Path(), r, debug.Stack())
			}
		}()
		p, err := newPass(ap, loader)
		if err != nil || p == nil {
			return noResult(ap.Analyzer), err
		}
		result, err = run(p)
		if err == nil {
			p.ignores.finish(p)
			p.reportBrokenDirectives()
		}
		return result, err
	}
}

// noResult is the result of an analyzer that did not run: nil, of its
// ResultType when it has one (the unitchecker checks the type).
func noResult(a *analysis.Analyzer) any {
	if a.ResultType == nil {
		return nil
	}
	return reflect.Zero(a.ResultType).Interface()
}

func newPass(ap *analysis.Pass, loader *config.Loader) (*Pass, error) {
	gen, _ := ap.ResultOf[generated.Analyzer].(map[string]generated.Generator)
	var files []*ast.File
	for _, f := range ap.Files {
		name := ap.Fset.File(f.Pos()).Name()
		if _, isGen := gen[name]; isGen || strings.HasSuffix(name, "_test.go") {
			continue
		}
		files = append(files, f)
	}
	cfg, err := loader.ForDir(packageDir(ap))
	if err != nil {
		return nil, err
	}
	if !cfg.Enabled(ap.Analyzer.Name) {
		return nil, nil
	}
	p := &Pass{
		Pass:    ap,
		Config:  cfg,
		Package: pages.Classify(ap.Pkg.Path(), files, cfg),
		Files:   files,
	}
	if e := browserbuild.EntryPoint(ap.Pkg, files, ap.TypesInfo, p.FileName); e != nil {
		p.Package.SetEntry(e)
	}
	p.ignores = collectIgnores(p)
	return p, nil
}

func packageDir(ap *analysis.Pass) string {
	for _, f := range ap.Files {
		if tf := ap.Fset.File(f.Pos()); tf != nil {
			return filepath.Dir(tf.Name())
		}
	}
	return ""
}

// PropsFuncs returns the package's props functions when it is a page (API
// route packages are not pages: they have no props).
func (p *Pass) PropsFuncs() []*pages.PropsFunc {
	if !p.Package.Page || p.Package.APIRoute {
		return nil
	}
	return pages.PropsFuncs(p.Files, p.TypesInfo, p.Config)
}

// InScope reports whether pos is in one of p.Files.
func (p *Pass) InScope(pos token.Pos) bool {
	for _, f := range p.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return true
		}
	}
	return false
}

// Report reports d unless it is outside p.Files or an ignore directive
// silences it.
func (p *Pass) Report(d analysis.Diagnostic) {
	if !p.InScope(d.Pos) || p.ignores.silences(p, d.Pos) {
		return
	}
	p.Pass.Report(d)
}

// Reportf reports a formatted diagnostic at pos.
func (p *Pass) Reportf(pos token.Pos, format string, args ...any) {
	p.Report(analysis.Diagnostic{Pos: pos, Message: fmt.Sprintf(format, args...)})
}

// FileName returns the name of the file f.
func (p *Pass) FileName(f *ast.File) string { return p.Fset.File(f.Pos()).Name() }

// BrowserFiles returns the files of p.Files that are compiled into the
// GOOS=js GOARCH=wasm build: a client package's other files never reach the
// browser.
func (p *Pass) BrowserFiles() []*ast.File {
	var out []*ast.File
	for _, f := range p.Files {
		if browserbuild.Includes(p.FileName(f)) {
			out = append(out, f)
		}
	}
	return out
}
