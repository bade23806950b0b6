package suite

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/docs"
	"github.com/ssrlint/ssrlint/internal/config"
)

// repoDocs is the documentation that lists the analyzers.
type repoDocs struct {
	rulePages []string          // docs/rules/<name>.md
	readme    string            // README.md
	monorepo  string            // docs/monorepo.md
	markdown  map[string]string // every page that may link to a rule page, by path
}

func readRepoDocs(t *testing.T) repoDocs {
	t.Helper()
	root := filepath.Join("..", "..")
	pages, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	rulePages, err := filepath.Glob(filepath.Join(root, "docs", "rules", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	d := repoDocs{rulePages: docs.RuleNames(), markdown: make(map[string]string)}
	for _, p := range slices.Concat([]string{filepath.Join(root, "README.md")}, pages, rulePages) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d.markdown[p] = string(data)
	}
	d.readme = d.markdown[filepath.Join(root, "README.md")]
	d.monorepo = d.markdown[filepath.Join(root, "docs", "monorepo.md")]
	return d
}

var (
	ruleLink       = regexp.MustCompile(`rules/([a-z0-9]+)\.md`)
	importPath     = regexp.MustCompile("`github.com/ssrlint/ssrlint/analyzers/([a-z0-9]+)`")
	starlarkEntry  = regexp.MustCompile(`(?m)^    "([a-z0-9]+)",$`)
	factsTableRow  = regexp.MustCompile(`(?m)^\| ([a-z0-9, ]+) \| `)
	factsTableHead = "| analyzer | facts | what they carry |"
)

// factsTableNames returns the analyzers that monorepo.md's table of facts
// lists; a row may name several ("propsfunc, propsjson, propserror").
func factsTableNames(monorepo string) []string {
	_, table, _ := strings.Cut(monorepo, factsTableHead)
	table, _, _ = strings.Cut(table, "\n\n")
	var names []string
	for _, m := range factsTableRow.FindAllStringSubmatch(table, -1) {
		names = append(names, strings.Split(m[1], ", ")...)
	}
	return names
}

func submatches(re *regexp.Regexp, s string) []string {
	var out []string
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// docProblems lists what the documentation lacks for the registered
// analyzers names, and the analyzers it names that are not registered.
func docProblems(names []string, d repoDocs) []string {
	mentions := map[string][]string{
		"docs/rules/<name>.md":                d.rulePages,
		"README.md rules table":               submatches(ruleLink, d.readme),
		"docs/monorepo.md import paths table": submatches(importPath, d.monorepo),
		"docs/monorepo.md nogo SSRLINT list":  submatches(starlarkEntry, d.monorepo),
		"docs/monorepo.md table of facts":     factsTableNames(d.monorepo),
	}
	for path, text := range d.markdown {
		mentions["rule page links in "+filepath.Base(path)] = submatches(ruleLink, text)
	}
	var problems []string
	for where, named := range mentions {
		for _, n := range named {
			if !slices.Contains(names, n) {
				problems = append(problems, where+" names "+n+", which is not a registered analyzer")
			}
		}
		if strings.HasPrefix(where, "rule page links in ") {
			continue // pages need not link to every rule
		}
		for _, n := range names {
			if !slices.Contains(named, n) {
				problems = append(problems, n+" is missing from "+where)
			}
		}
	}
	slices.Sort(problems)
	return problems
}

func registeredNames() []string {
	var names []string
	for _, a := range Analyzers() {
		names = append(names, a.Name)
	}
	return names
}

func TestDocsListTheRegisteredAnalyzers(t *testing.T) {
	for _, p := range docProblems(registeredNames(), readRepoDocs(t)) {
		t.Error(p)
	}
}

// TestDocsCheckCatchesAnUndocumentedAnalyzer is the check at work: one
// more analyzer in the registry (a do-nothing "noop") fails it until its
// page and rows exist.
func TestDocsCheckCatchesAnUndocumentedAnalyzer(t *testing.T) {
	got := docProblems(append(registeredNames(), "noop"), readRepoDocs(t))
	want := []string{
		"noop is missing from README.md rules table",
		"noop is missing from docs/monorepo.md import paths table",
		"noop is missing from docs/monorepo.md nogo SSRLINT list",
		"noop is missing from docs/monorepo.md table of facts",
		"noop is missing from docs/rules/<name>.md",
	}
	if !slices.Equal(got, want) {
		t.Errorf("docProblems with an undocumented analyzer:\n got %q\nwant %q", got, want)
	}
}

// TestDocsCheckCatchesADocumentedNonAnalyzer removes an analyzer from the
// registry: every page that still names it is reported.
func TestDocsCheckCatchesADocumentedNonAnalyzer(t *testing.T) {
	names := slices.DeleteFunc(registeredNames(), func(n string) bool { return n == "propserror" })
	got := docProblems(names, readRepoDocs(t))
	for _, where := range []string{"docs/rules/<name>.md", "README.md rules table", "docs/monorepo.md import paths table", "docs/monorepo.md nogo SSRLINT list", "docs/monorepo.md table of facts"} {
		if want := where + " names propserror, which is not a registered analyzer"; !slices.Contains(got, want) {
			t.Errorf("docProblems without propserror lacks %q; got %q", want, got)
		}
	}
}

func TestAnalyzersAreDescribed(t *testing.T) {
	for _, a := range Analyzers() {
		if a.Doc == "" {
			t.Errorf("%s: empty Doc", a.Name)
		}
		if want := "https://github.com/ssrlint/ssrlint/blob/main/docs/rules/" + a.Name + ".md"; a.URL != want {
			t.Errorf("%s: URL %q, want %q", a.Name, a.URL, want)
		}
		if _, err := os.Stat(filepath.Join("..", "..", "analyzers", a.Name)); err != nil {
			t.Errorf("%s: not in analyzers/%s, the import path the docs give: %v", a.Name, a.Name, err)
		}
	}
}

// TestConfigKnowsTheRegisteredAnalyzers: enable, disable and
// //ssrlint:ignore accept exactly the registered names.
func TestConfigKnowsTheRegisteredAnalyzers(t *testing.T) {
	got, want := slices.Sorted(slices.Values(config.AnalyzerNames)), slices.Sorted(slices.Values(registeredNames()))
	if !slices.Equal(got, want) {
		t.Errorf("config.AnalyzerNames = %q, want the registered analyzers %q", got, want)
	}
}
