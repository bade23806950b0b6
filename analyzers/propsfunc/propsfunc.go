package propsfunc

import (
	_ "embed"
	"go/types"
	"strings"

	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/pages"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

//go:embed doc.go
var doc string

// Analyzer checks that props functions are exported standalone from page packages.
var Analyzer = lintpass.New(lintpass.Spec{
	Name:     "propsfunc",
	DocGo:    doc,
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
})

func init() { lintpass.OwnDirectives(Analyzer.Name) }

func run(p *lintpass.Pass) (any, error) {
	if !p.Package.Page || p.Package.APIRoute {
		checkNonPage(p)
		return nil, nil
	}
	funcs := pages.PropsFuncs(p.Files, p.TypesInfo, p.Config)
	checkCombination(p, funcs)
	for _, f := range funcs {
		checkSignature(p, f)
	}
	checkMisplaced(p)
	return nil, nil
}

// checkNonPage reports props functions declared outside page packages.
func checkNonPage(p *lintpass.Pass) {
	kind := "is not a page package"
	if p.Package.APIRoute {
		kind = "is an API route package, not a page"
	}
	for _, f := range pages.PropsFuncs(p.Files, p.TypesInfo, p.Config) {
		p.Reportf(f.Decl.Name.Pos(), "%s is declared in %s, which %s: the renderer only calls props functions of pages; move it into the page package that uses it",
			f.Decl.Name.Name, p.Pkg.Path(), kind)
	}
}

// checkCombination reports props functions that cannot be used together.
func checkCombination(p *lintpass.Pass, funcs []*pages.PropsFunc) {
	byRole := map[pages.Role]*pages.PropsFunc{}
	for _, f := range funcs {
		byRole[f.Role] = f
	}
	if ssp := byRole[pages.ServerSide]; ssp != nil {
		for _, role := range []pages.Role{pages.Static, pages.StaticPaths} {
			if other := byRole[role]; other != nil {
				p.Reportf(other.Decl.Name.Pos(), "%s cannot be used together with %s in one page: a page is rendered either per request or at build time; keep one",
					other.Decl.Name.Name, ssp.Decl.Name.Name)
			}
		}
		return
	}
	if paths := byRole[pages.StaticPaths]; paths != nil && byRole[pages.Static] == nil {
		p.Reportf(paths.Decl.Name.Pos(), "%s without %s: the paths it returns are rendered by %s; add it or remove %s",
			paths.Decl.Name.Name, p.Config.PropsFuncs.Static, p.Config.PropsFuncs.Static, paths.Decl.Name.Name)
	}
}

// checkSignature reports a props function that cannot return its props
// and an error.
func checkSignature(p *lintpass.Pass, f *pages.PropsFunc) {
	sig := f.Func.Signature()
	if sig.Results().Len() == 2 && pages.ReturnsError(sig) && sig.TypeParams().Len() == 0 {
		return
	}
	what := "props"
	if f.Role == pages.StaticPaths {
		what = "paths"
	}
	p.Reportf(f.Decl.Name.Pos(), "%s has results %s; it must return (%s, error) so a failure reaches the error page",
		f.Decl.Name.Name, resultsString(p, sig), what)
}

func resultsString(p *lintpass.Pass, sig *types.Signature) string {
	if sig.Results().Len() == 0 {
		return "()"
	}
	var parts []string
	for v := range sig.Results().Variables() {
		parts = append(parts, types.TypeString(v.Type(), types.RelativeTo(p.Pkg)))
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
