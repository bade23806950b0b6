// Package config knows ssrlint's configuration: the keys of .ssrlint.yml,
// their defaults, how the file is found, and how flags and golangci-lint
// settings override it.
package config

import (
	"slices"

	"github.com/ssrlint/ssrlint/docs"
	"github.com/ssrlint/ssrlint/internal/globpath"
)

// FileName is the configuration file looked up from each analyzed package's
// directory up to its module root.
const FileName = ".ssrlint.yml"

// AnalyzerNames are the rule ids that enable and disable accept: the
// rules that have a page in docs/rules (the suite's test keeps those and the
// registered analyzers equal). Every analyzer knows them all, even when a
// driver such as nogo links only some.
var AnalyzerNames = docs.RuleNames()

// Config is the effective configuration for one package.
type Config struct {
	Pages      globpath.Set // page packages
	APIRoutes  globpath.Set // API route packages (a subset of Pages by default)
	Client     globpath.Set // client (browser/WASM) packages
	ServerOnly globpath.Set // server-only packages

	APIPrefixes []string // URL path prefixes of the app's API, "/api/"
	PropsFuncs  PropsFuncNames

	SensitiveTypes []string // "import/path.Type"
	SensitiveNames []string // extra secret words, "pin code"
	AllowedNames   []string // names that are never secret, "csrf token"

	OwnOrigins     []string    // env var names or origins that are this app
	HTTPSinks      []HTTPSink  // extra functions that send HTTP requests
	PropsSinks     []PropsSink // extra functions that serialize an argument to the browser
	SessionGetters []string    // "import/path.Func" or "import/path.Type.Method"

	// PropsLock is the props surface lock file propssurface checks the
	// package's props sites against ("" when there is none). Read from a
	// file, a relative name is made relative to that file's directory.
	PropsLock string

	disabled []string
}

// PropsFuncNames are the names of the three props functions.
type PropsFuncNames struct {
	ServerSide  string `yaml:"server-side"`
	Static      string `yaml:"static"`
	StaticPaths string `yaml:"static-paths"`
}

// All returns the three names.
func (n PropsFuncNames) All() []string { return []string{n.ServerSide, n.Static, n.StaticPaths} }

// HTTPSink is a configured function whose argument URLArg is a request URL.
type HTTPSink struct {
	Func   string `yaml:"func"`    // "import/path.Func" or "import/path.Type.Method"
	URLArg int    `yaml:"url-arg"` // index of the URL argument, receiver excluded
}

// PropsSink is a configured function whose argument Arg reaches the
// browser (an in-house render function).
type PropsSink struct {
	Func string // "import/path.Func" or "import/path.Type.Method"
	Arg  int    // index of the serialized argument, receiver excluded
}

// Inputs returns the files, besides the configuration file itself, that
// the configuration makes analyzers read (the props lock): drivers that
// cache results put their contents in the cache key.
func (c *Config) Inputs() []string {
	if c.PropsLock == "" {
		return nil
	}
	return []string{c.PropsLock}
}

// Enabled reports whether the analyzer named name runs.
func (c *Config) Enabled(name string) bool { return !slices.Contains(c.disabled, name) }

// Default returns the documented defaults.
func Default() *Config {
	return &Config{
		Pages:       mustSet("**/pages/**"),
		APIRoutes:   mustSet("**/pages/api/**"),
		APIPrefixes: []string{"/api/"},
		PropsFuncs: PropsFuncNames{
			ServerSide:  "GetServerSideProps",
			Static:      "GetStaticProps",
			StaticPaths: "GetStaticPaths",
		},
		OwnOrigins: []string{"APP_URL", "BASE_URL"},
	}
}

func mustSet(patterns ...string) globpath.Set {
	var s globpath.Set
	for _, p := range patterns {
		c, err := globpath.Compile(p)
		if err != nil {
			panic(err)
		}
		s = append(s, c)
	}
	return s
}
