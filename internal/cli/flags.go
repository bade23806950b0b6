package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/ssrlint/ssrlint/internal/config"
	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"
)

// options are the driver's own flags.
type options struct {
	format        string
	json          bool
	fix, diff     bool
	config        string
	settings      string
	baseline      string
	baselineWrite string
	explain       string
	tags          string
	propsLock     string
	forwarded     []string // analyzer flags passed on to the vet tool
}

// errFlagSyntax wraps the errors of flag parsing, which the flag package
// has printed already.
var errFlagSyntax = errors.New("bad flags")

func parseFlags(args []string, analyzers []*analysis.Analyzer, stderr io.Writer) (*options, []string, error) {
	o := new(options)
	fs := flag.NewFlagSet("ssrlint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.format, "format", "text", "output format: text, json, sarif, github")
	fs.StringVar(&o.format, "f", "text", "shorthand for -format")
	fs.BoolVar(&o.json, "json", false, "shorthand for -format=json")
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes instead of reporting")
	fs.BoolVar(&o.diff, "diff", false, "with -fix, print the fixes as a unified diff instead of applying them")
	fs.StringVar(&o.config, "config", "", "configuration file for every package (default: .ssrlint.yml found from each package up to its module root)")
	fs.StringVar(&o.settings, "settings", "", "YAML or JSON configuration applied over the configuration file")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in this baseline file")
	fs.StringVar(&o.baselineWrite, "baseline-write", "", "record the current findings in this baseline file and exit clean")
	fs.StringVar(&o.explain, "explain", "", "print the documentation of an analyzer and exit")
	fs.StringVar(&o.tags, "tags", "", "build tags, as for go build")
	fs.StringVar(&o.propsLock, "props-lock", "", "report JSON paths sent to the browser that this props lock does not record (propssurface)")
	registerAnalyzerFlags(fs, analyzers, &o.forwarded)
	fs.Usage = func() { usage(fs, analyzers) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, nil, err
		}
		return nil, nil, fmt.Errorf("%w: %v", errFlagSyntax, err)
	}
	if o.json {
		o.format = "json"
	}
	if !slices.Contains([]string{"text", "json", "sarif", "github"}, o.format) {
		return nil, nil, fmt.Errorf("-format %q: want text, json, sarif or github", o.format)
	}
	if o.diff && !o.fix {
		o.fix = true
	}
	if err := checkBaselineFlags(o); err != nil {
		return nil, nil, err
	}
	if err := applyPropsLock(o); err != nil {
		return nil, nil, err
	}
	return o, fs.Args(), nil
}

// analyzerLoaders returns the configuration that each analyzer given its
// own -NAME.config or -NAME.settings will load, so that a broken one is
// reported once, up front.
func (o *options) analyzerLoaders() []*config.Loader {
	byAnalyzer := make(map[string]*config.Loader)
	var loaders []*config.Loader
	for _, arg := range o.forwarded {
		nameFlag, value, _ := strings.Cut(strings.TrimPrefix(arg, "-"), "=")
		name, flagName, _ := strings.Cut(nameFlag, ".")
		if flagName != "config" && flagName != "settings" {
			continue
		}
		l := byAnalyzer[name]
		if l == nil {
			l = &config.Loader{Path: o.config, Settings: o.settings}
			byAnalyzer[name] = l
			loaders = append(loaders, l)
		}
		if flagName == "config" {
			l.Path = value
		} else {
			l.Settings = value
		}
	}
	return loaders
}

// absConfigFlags returns the forwarded flags with the files of the
// -NAME.config flags made absolute: the vet tool runs in each package's
// directory.
func absConfigFlags(forwarded []string) ([]string, error) {
	out := make([]string, len(forwarded))
	for i, arg := range forwarded {
		nameFlag, value, _ := strings.Cut(arg, "=")
		if strings.HasSuffix(nameFlag, ".config") && value != "" {
			abs, err := filepath.Abs(value)
			if err != nil {
				return nil, err
			}
			arg = nameFlag + "=" + abs
		}
		out[i] = arg
	}
	return out, nil
}

// applyPropsLock turns -props-lock into the props-lock setting, the one
// way every driver tells propssurface where the lock is: it is merged into
// -settings, with an absolute name (the vet tool runs in each package's
// directory).
func applyPropsLock(o *options) error {
	if o.propsLock == "" {
		return nil
	}
	abs, err := filepath.Abs(o.propsLock)
	if err != nil {
		return err
	}
	settings := map[string]any{}
	if err := yaml.Unmarshal([]byte(o.settings), &settings); err != nil {
		return fmt.Errorf("-settings: %v", err)
	}
	settings["props-lock"] = abs
	data, err := json.Marshal(settings)
	if err != nil {
		return fmt.Errorf("-settings: %v", err)
	}
	o.settings = string(data)
	return nil
}

// forward is a flag.Value that records "-name=value" for the vet tool.
type forward struct {
	name    string
	isBool  bool
	value   string
	collect *[]string
}

func (f *forward) String() string   { return f.value }
func (f *forward) IsBoolFlag() bool { return f.isBool }
func (f *forward) Set(v string) error {
	// Checked here, once: the vet tool would otherwise reject the value
	// once per package, each time with the whole usage.
	if f.isBool {
		if _, err := strconv.ParseBool(v); err != nil {
			return errors.New("want true or false")
		}
	}
	f.value = v
	*f.collect = append(*f.collect, "-"+f.name+"="+v)
	return nil
}

// registerAnalyzerFlags adds -NAME (enable/disable) and -NAME.FLAG for each
// analyzer, as the analysis drivers do, recording what is set.
func registerAnalyzerFlags(fs *flag.FlagSet, analyzers []*analysis.Analyzer, collect *[]string) {
	for _, a := range analyzers {
		fs.Var(&forward{name: a.Name, isBool: true, collect: collect}, a.Name, "enable only the named analyzers (or -"+a.Name+"=false to disable it)")
		a.Flags.VisitAll(func(f *flag.Flag) {
			name := a.Name + "." + f.Name
			_, isBool := f.Value.(interface{ IsBoolFlag() bool })
			fs.Var(&forward{name: name, isBool: isBool, value: f.DefValue, collect: collect}, name, f.Usage)
		})
	}
}

func usage(fs *flag.FlagSet, analyzers []*analysis.Analyzer) {
	w := fs.Output()
	fmt.Fprintf(w, `ssrlint checks Go server-rendered apps against the rules of server-side props functions.

Usage:
	ssrlint [flags] [packages]          # default ./...
	ssrlint -explain <analyzer>         # print an analyzer's documentation
	go vet -vettool=$(which ssrlint) ./...

Exit status: %d clean, %d findings, %d tool error (bad flags or configuration,
packages that do not build, an analyzer failure).

Analyzers:
`, ExitClean, ExitFindings, ExitError)
	for _, a := range analyzers {
		title, _, _ := strings.Cut(a.Doc, "\n")
		fmt.Fprintf(w, "\t%-15s %s\n", a.Name, strings.TrimPrefix(title, a.Name+": "))
	}
	fmt.Fprintf(w, "\nFlags:\n")
	fs.PrintDefaults()
}
