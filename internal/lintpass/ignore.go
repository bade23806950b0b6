package lintpass

import (
	"go/token"
	"slices"
	"strings"

	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/directive"
)

// An ignore is one //ssrlint:ignore directive that names the running
// analyzer.
type ignore struct {
	pos    token.Pos
	file   string
	line   int
	reason string
	used   bool
}

// ignores are the directives of a package that concern one analyzer. Each
// analyzer handles its own, so that a directive works the same in every
// driver; directives naming no known analyzer are kept for
// ReportUnknownIgnores.
type ignores struct {
	list    []*ignore
	unknown []directive.Directive
}

func collectIgnores(p *Pass) *ignores {
	ig := new(ignores)
	for _, f := range p.Files {
		for _, g := range f.Comments {
			for _, d := range directive.In(g) {
				if d.Name != directive.Ignore {
					continue
				}
				names, reason, _ := strings.Cut(d.Args, " ")
				list := strings.Split(names, ",")
				if slices.ContainsFunc(list, func(n string) bool { return !slices.Contains(config.AnalyzerNames, n) }) {
					ig.unknown = append(ig.unknown, d)
				}
				if !slices.Contains(list, p.Analyzer.Name) {
					continue
				}
				pos := p.Fset.Position(d.Comment.Pos())
				ig.list = append(ig.list, &ignore{pos: d.Comment.Pos(), file: pos.Filename, line: pos.Line, reason: strings.TrimSpace(reason)})
			}
		}
	}
	return ig
}

// silences reports whether a directive on the line of pos or the line
// above silences a diagnostic there, and marks it used.
func (ig *ignores) silences(p *Pass, pos token.Pos) bool {
	at := p.Fset.Position(pos)
	for _, i := range ig.list {
		if i.reason != "" && i.file == at.Filename && (i.line == at.Line || i.line == at.Line-1) {
			i.used = true
			return true
		}
	}
	return false
}

// finish reports the directives of the running analyzer that are
// themselves wrong: no reason, nothing silenced.
func (ig *ignores) finish(p *Pass) {
	name := p.Analyzer.Name
	for _, i := range ig.list {
		switch {
		case i.reason == "":
			p.Pass.Reportf(i.pos, "//ssrlint:ignore %s needs a reason after the analyzer names; say why the finding does not apply", name)
		case !i.used:
			p.Pass.Reportf(i.pos, "//ssrlint:ignore %s silences nothing on this line or the next; remove it", name)
		}
	}
}

// ReportUnknownIgnores reports the package's //ssrlint:ignore directives
// that name an analyzer that does not exist. Every analyzer sees them; one
// analyzer (propsfunc) calls this, so that each is reported once.
func (p *Pass) ReportUnknownIgnores() {
	for _, d := range p.ignores.unknown {
		p.Pass.Reportf(d.Comment.Pos(), "//ssrlint:ignore names an unknown analyzer in %q (known: %s)", d.Args, strings.Join(config.AnalyzerNames, ", "))
	}
}
