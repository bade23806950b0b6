package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/ssrlint/ssrlint/internal/srcroot"
	"github.com/ssrlint/ssrlint/internal/surface"
	"github.com/ssrlint/ssrlint/internal/vetx"
	"golang.org/x/tools/go/analysis"
)

// summaryOver is the number of sites above which `ssrlint props` prints one
// line per site unless -tree asks for the trees.
const summaryOver = 10

// propsOptions are the flags of `ssrlint props`.
type propsOptions struct {
	options
	tree  bool
	write string
	check string
}

// propsMain runs `ssrlint props`: it analyzes the packages as a normal run
// does (sharing its cache), collects the props surface the propssurface
// analyzer exported for each, and prints it, writes it to a lock file or
// checks it against one.
func propsMain(args []string, analyzers []*analysis.Analyzer, stdout, stderr io.Writer) int {
	po, patterns, err := parsePropsFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return ExitClean
	}
	if err != nil {
		fmt.Fprintf(stderr, "ssrlint props: %v\n", err)
		return ExitError
	}
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	r := &runner{opts: &po.options, analyzers: analyzers, stdout: stdout, stderr: stderr}
	sites, err := r.surface(patterns)
	if err != nil {
		fmt.Fprintf(stderr, "ssrlint props: %v\n", err)
		return ExitError
	}
	switch {
	case po.write != "":
		err = writeLock(po.write, sites)
	case po.check != "":
		return r.checkLock(po.check, sites)
	default:
		err = r.printSurface(po, sites, len(patterns) == 1 && patterns[0] == "./...")
	}
	if err != nil {
		fmt.Fprintf(stderr, "ssrlint props: %v\n", err)
		return ExitError
	}
	return ExitClean
}

func parsePropsFlags(args []string, stderr io.Writer) (*propsOptions, []string, error) {
	po := new(propsOptions)
	fs := flag.NewFlagSet("ssrlint props", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&po.format, "format", "text", "output format: text, json, markdown")
	fs.BoolVar(&po.json, "json", false, "shorthand for -format=json")
	fs.BoolVar(&po.tree, "tree", false, "print every site's tree, however many sites there are")
	fs.StringVar(&po.write, "write", "", "record the surface in this lock file")
	fs.StringVar(&po.check, "check", "", "fail when a JSON path is new or changed its type since this lock file")
	fs.StringVar(&po.config, "config", "", "configuration file for every package")
	fs.StringVar(&po.settings, "settings", "", "YAML or JSON configuration applied over the configuration file")
	fs.StringVar(&po.tags, "tags", "", "build tags, as for go build")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: ssrlint props [flags] [packages]\n\nPrints the JSON paths each props site sends to the browser (docs/props-surface.md).\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	if po.json {
		po.format = "json"
	}
	if !slices.Contains([]string{"text", "json", "markdown"}, po.format) {
		return nil, nil, fmt.Errorf("-format %q: want text, json or markdown", po.format)
	}
	if po.write != "" && po.check != "" {
		return nil, nil, errors.New("-write and -check exclude each other")
	}
	return po, fs.Args(), nil
}

// surface runs the analysis and returns the sites of the named packages,
// sorted.
func (r *runner) surface(patterns []string) ([]surface.Site, error) {
	if os.Getenv(goVetEnv) != "" {
		return nil, errors.New("the props surface is collected by the unit runner; unset " + goVetEnv)
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("cannot find its own executable: %v", err)
	}
	inv, err := r.invocation(exe, patterns)
	if err != nil {
		return nil, err
	}
	var errOut bytes.Buffer
	res, runErr, err := r.runUnits(inv, &errOut)
	if err != nil {
		return nil, err
	}
	if runErr != nil || len(res.Errors) > 0 {
		r.printToolErrors(res, runErr, &errOut)
		return nil, errors.New("the analysis failed")
	}
	return r.collectSites()
}

// collectSites reads the props surface facts of the named packages.
func (r *runner) collectSites() ([]surface.Site, error) {
	vetx.Register(r.analyzers)
	var sites []surface.Site
	for pkg, file := range r.factFiles {
		facts, err := vetx.PackageFacts(file, pkg)
		if err != nil {
			return nil, err
		}
		for _, fact := range facts {
			if s, ok := fact.(*surface.Fact); ok {
				sites = append(sites, s.Sites...)
			}
		}
	}
	surface.Sort(sites)
	return sites, nil
}

// printSurface prints the sites in the chosen format: in text, one line per
// site when there are many and no narrower pattern or -tree asks for trees.
func (r *runner) printSurface(po *propsOptions, sites []surface.Site, everything bool) error {
	switch po.format {
	case "json":
		return (&surface.Report{Sites: r.relocate(sites, r.fromRoot)}).WriteJSON(r.stdout)
	case "markdown":
		return (&surface.Report{Sites: r.relocate(sites, r.fromRoot)}).WriteMarkdown(r.stdout)
	}
	rep := &surface.Report{Sites: r.relocate(sites, relativePos)}
	if everything && !po.tree && len(sites) > summaryOver {
		if err := rep.WriteSummary(r.stdout); err != nil {
			return err
		}
		_, err := fmt.Fprintf(r.stdout, "\n%d props sites; ssrlint props -tree, or ssrlint props <packages>, prints their paths\n", len(sites))
		return err
	}
	return rep.WriteText(r.stdout)
}

// relocate returns copies of sites with their positions rewritten by rel.
func (r *runner) relocate(sites []surface.Site, rel func(string) string) []surface.Site {
	out := slices.Clone(sites)
	for i := range out {
		out[i].Pos = rel(out[i].Pos)
		out[i].Paths = slices.Clone(out[i].Paths)
		for j := range out[i].Paths {
			out[i].Paths[j].Pos = rel(out[i].Paths[j].Pos)
		}
	}
	return out
}

// relativePos makes a "file:line" position relative to the working
// directory, as compilers print them.
func relativePos(pos string) string {
	file, line := splitPos(pos)
	return relative(file) + line
}

// fromRoot makes a "file:line" position relative to the repository root,
// with forward slashes: the same on every machine.
func (r *runner) fromRoot(pos string) string {
	file, line := splitPos(pos)
	if rel, ok := srcroot.Rel(r.root(), file); ok {
		return rel + line
	}
	return pos
}

// splitPos splits "file:line" into the file and ":line".
func splitPos(pos string) (string, string) {
	i := strings.LastIndex(pos, ":")
	if i < 0 {
		return pos, ""
	}
	return pos[:i], pos[i:]
}

func writeLock(name string, sites []surface.Site) error {
	var buf bytes.Buffer
	if err := surface.WriteLock(&buf, sites); err != nil {
		return err
	}
	return os.WriteFile(name, buf.Bytes(), 0o644)
}

// checkLock prints how the surface differs from the lock file: new paths
// and changed types (which fail the check) with the source line that adds
// them, then removed paths as information.
func (r *runner) checkLock(name string, sites []surface.Site) int {
	lock, err := surface.ReadLockFile(name)
	if err != nil {
		fmt.Fprintf(r.stderr, "ssrlint props: %v\n", err)
		return ExitError
	}
	changes := lock.Compare(sites, func(pkg string) bool { _, ok := r.factFiles[pkg]; return ok })
	code := ExitClean
	for _, c := range changes {
		if c.Fails() {
			code = ExitFindings
		}
		fmt.Fprintln(r.stdout, describeChange(c, name))
	}
	return code
}

func describeChange(c surface.Change, lockName string) string {
	p := c.Path
	switch c.Kind {
	case surface.ChangeNew:
		return fmt.Sprintf("%s: %s: new path %s (%s, from %s) is not in %s", relativePos(p.Pos), c.Site.ID(), p.JSON, p.Type, p.Origin, lockName)
	case surface.ChangeType:
		return fmt.Sprintf("%s: %s: %s changed type from %s to %s (from %s) since %s", relativePos(p.Pos), c.Site.ID(), p.JSON, c.OldType, p.Type, p.Origin, lockName)
	}
	return fmt.Sprintf("info: %s: %s (%s) is no longer sent, remove it from %s", c.Site.ID(), p.JSON, p.Type, lockName)
}
