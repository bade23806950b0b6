// Package sarifout writes findings as a SARIF 2.1.0 log, the format code
// scanning services (GitHub, GitLab, Azure DevOps) ingest: one rule per
// analyzer with its documentation, one result per finding with a location
// relative to the repository root, and the steps of a chain as related
// locations.
package sarifout

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/ssrlint/ssrlint/internal/findings"
	"github.com/ssrlint/ssrlint/internal/srcroot"
	"golang.org/x/tools/go/analysis"
)

// SrcRoot is the uriBaseId that result locations are relative to.
const SrcRoot = "%SRCROOT%"

const (
	toolName = "ssrlint"
	toolURI  = "https://github.com/ssrlint/ssrlint"
)

// Write writes res as a SARIF log to w. analyzers become the rules, in
// their order; root is the directory that locations are relative to (the
// repository root).
func Write(w io.Writer, res *findings.Result, analyzers []*analysis.Analyzer, root string) error {
	b := builder{run: sarif.NewRunWithInformationURI(toolName, toolURI), root: root, columns: newColumns(root)}
	b.run.WithColumnKind("utf16CodeUnits")
	b.run.WithOriginalUriBaseIds(map[string]sarif.ArtifactLocation{
		SrcRoot: *sarif.NewArtifactLocation().WithURI(dirURI(root)),
	})
	for _, a := range analyzers {
		b.addRule(a)
	}
	for _, f := range res.Findings {
		b.addResult(f)
	}
	b.addInvocation(res.Errors)
	if err := sarif.NewReport().AddRun(b.run).PrettyWrite(w); err != nil {
		return fmt.Errorf("writing SARIF: %v", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

type builder struct {
	run     *sarif.Run
	root    string
	columns *columns
}

// addRule describes analyzer a: its title as the short description, the
// rest of its Doc as the full description, all of it as the help text.
func (b *builder) addRule(a *analysis.Analyzer) {
	title, body := splitDoc(a)
	rule := b.run.AddRule(a.Name).
		WithDescription(title).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(body)).
		WithHelp(sarif.NewMultiformatMessageString().WithText(a.Doc)).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarif.LevelError))
	if a.URL != "" {
		rule.WithHelpURI(a.URL)
	}
}

// splitDoc returns the first line of a's Doc without the "name: " prefix,
// and the rest (the title again when there is no rest).
func splitDoc(a *analysis.Analyzer) (title, body string) {
	title, body, _ = strings.Cut(a.Doc, "\n")
	title = strings.TrimPrefix(title, a.Name+": ")
	if body = strings.TrimSpace(body); body == "" {
		body = title
	}
	return title, body
}

func (b *builder) addResult(f findings.Finding) {
	if b.run.GetRuleIndex(f.Analyzer) < 0 {
		b.run.AddRule(f.Analyzer) // not in the suite given; keep ruleIndex valid
	}
	result := b.run.CreateResultForRule(f.Analyzer).
		WithLevel(sarif.LevelError).
		WithMessage(sarif.NewTextMessage(f.Message)).
		AddLocation(sarif.NewLocationWithPhysicalLocation(b.physical(f.Pos, f.End)))
	for i, rel := range f.Related {
		result.AddRelatedLocation(sarif.NewLocationWithPhysicalLocation(b.physical(rel.Pos, findings.Position{})).
			WithID(i + 1).
			WithMessage(sarif.NewTextMessage(rel.Message)))
	}
}

// physical returns the location of the range [pos, end); end is optional.
func (b *builder) physical(pos, end findings.Position) *sarif.PhysicalLocation {
	loc := sarif.NewPhysicalLocation().WithArtifactLocation(b.artifact(pos.File))
	if pos.Line <= 0 {
		return loc
	}
	region := sarif.NewRegion().WithStartLine(pos.Line)
	if pos.Col > 0 {
		region.WithStartColumn(b.columns.utf16(pos.File, pos.Line, pos.Col))
	}
	if end.Line > 0 && end.Col > 0 && end.File == pos.File && (end.Line > pos.Line || end.Col > pos.Col) {
		region.WithEndLine(end.Line).WithEndColumn(b.columns.utf16(end.File, end.Line, end.Col))
	}
	return loc.WithRegion(region)
}

// artifact names file relative to the root, or by its absolute URI when it
// is outside (a file of the module cache or GOROOT).
func (b *builder) artifact(file string) *sarif.ArtifactLocation {
	rel, ok := srcroot.Rel(b.root, file)
	if !ok {
		return sarif.NewArtifactLocation().WithURI(fileURI(file))
	}
	return sarif.NewArtifactLocation().WithURI(relativeURI(rel)).WithURIBaseID(SrcRoot)
}

// relativeURI escapes a slash-separated relative path as a URI reference.
func relativeURI(rel string) string {
	return (&url.URL{Path: rel}).String()
}

func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter: file:///C:/...
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// dirURI is the file URI of dir; SARIF requires the trailing slash.
func dirURI(dir string) string {
	return strings.TrimSuffix(fileURI(dir), "/") + "/"
}

// toolErrorText is "package: analyzer: error", without the parts that are
// empty (a package that did not build has no analyzer).
func toolErrorText(e findings.ToolError) string {
	var parts []string
	for _, s := range []string{e.Package, e.Analyzer, strings.TrimSpace(e.Err)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ": ")
}

// addInvocation records whether the run succeeded and why not: packages
// that did not build and analyzers that failed.
func (b *builder) addInvocation(errs []findings.ToolError) {
	inv := sarif.NewInvocation().WithExecutionSuccessful(len(errs) == 0)
	for _, e := range errs {
		inv.AddToolExecutionNotification(sarif.NewNotification().
			WithLevel(sarif.LevelError).
			WithMessage(sarif.NewTextMessage(toolErrorText(e))))
	}
	b.run.AddInvocation(inv)
}
