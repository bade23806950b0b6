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
// driver; directives naming no known analyzer, and unknown directives, are
// reported by one analyzer (see OwnDirectives).
type ignores struct {
	list    []*ignore
	unknown []directive.Directive
	invalid []directive.Directive // no such directive
}

func collectIgnores(p *Pass) *ignores {
	ig := new(ignores)
	for _, f := range p.Files {
		for _, g := range f.Comments {
			for _, d := range directive.In(g) {
				if !slices.Contains(directive.Names, d.Name) {
					ig.invalid = append(ig.invalid, d)
				}
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

// directiveOwner is the analyzer that reports the directives no analyzer
// owns; see OwnDirectives.
var directiveOwner string

// OwnDirectives makes the analyzer name report, once per package, the
// directives that concern no analyzer in particular: unknown directives
// and //ssrlint:ignore naming an unknown analyzer. Where the configuration
// disables it, or no analyzer owns them, the first analyzer the
// configuration enables reports them instead.
func OwnDirectives(name string) { directiveOwner = name }

func reportsDirectives(cfg *config.Config) string {
	if directiveOwner != "" && cfg.Enabled(directiveOwner) {
		return directiveOwner
	}
	for _, name := range config.AnalyzerNames {
		if cfg.Enabled(name) {
			return name
		}
	}
	return ""
}

// reportBrokenDirectives reports the directives no analyzer owns, when p's
// analyzer is the one to report them.
func (p *Pass) reportBrokenDirectives() {
	if p.Analyzer.Name != reportsDirectives(p.Config) {
		return
	}
	for _, d := range p.ignores.unknown {
		p.Pass.Reportf(d.Comment.Pos(), "//ssrlint:ignore names an unknown analyzer in %q (known: %s)", d.Args, strings.Join(config.AnalyzerNames, ", "))
	}
	for _, d := range p.ignores.invalid {
		p.Pass.Reportf(d.Comment.Pos(), "//ssrlint:%s is not an ssrlint directive (known: %s); it does nothing", d.Name, strings.Join(directive.Names, ", "))
	}
}
