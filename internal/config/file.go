package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ssrlint/ssrlint/internal/globpath"
	"go.yaml.in/yaml/v3"
)

// Error is a configuration error: it names the file, the line, the key and
// what the key allows.
type Error struct {
	File string
	Line int
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	loc := e.File
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	if e.Key == "" {
		return fmt.Sprintf("%s: %s", loc, e.Msg)
	}
	return fmt.Sprintf("%s: key %q: %s", loc, e.Key, e.Msg)
}

// key describes one configuration key: its name and how to apply a YAML
// value to a Config.
type key struct {
	name  string
	allow string // what the key allows, for error messages
	apply func(c *Config, n *yaml.Node) error
}

var keys = []key{
	{"pages", "a list of import path patterns", patterns(func(c *Config) *globpath.Set { return &c.Pages })},
	{"api-routes", "a list of import path patterns", patterns(func(c *Config) *globpath.Set { return &c.APIRoutes })},
	{"client", "a list of import path patterns", patterns(func(c *Config) *globpath.Set { return &c.Client })},
	{"server-only", "a list of import path patterns", patterns(func(c *Config) *globpath.Set { return &c.ServerOnly })},
	{"api-prefixes", "a list of URL path prefixes starting with /", apiPrefixes},
	{"props-funcs", "a mapping with keys server-side, static, static-paths (Go identifiers)", propsFuncs},
	{"sensitive-types", `a list of "import/path.Type"`, stringsKey(func(c *Config) *[]string { return &c.SensitiveTypes })},
	{"sensitive-names", "a list of secret words or phrases", stringsKey(func(c *Config) *[]string { return &c.SensitiveNames })},
	{"allowed-names", "a list of names that are never secret", stringsKey(func(c *Config) *[]string { return &c.AllowedNames })},
	{"own-origins", "a list of env var names or origins (https://host)", stringsKey(func(c *Config) *[]string { return &c.OwnOrigins })},
	{"http-sinks", "a list of {func: import/path.Func, url-arg: N}", httpSinks},
	{"props-sinks", "a list of {func: import/path.Func or import/path.Type.Method, arg: N}", propsSinks},
	{"session-getters", `a list of "import/path.Func" or "import/path.Type.Method"`, stringsKey(func(c *Config) *[]string { return &c.SessionGetters })},
	{"props-lock", "a file name (relative to the configuration file)", propsLock},
	{"enable", "a list of analyzer names: " + strings.Join(AnalyzerNames, ", "), enable},
	{"disable", "a list of analyzer names: " + strings.Join(AnalyzerNames, ", "), disable},
}

// keyNames lists the configuration keys in documentation order.
func keyNames() []string {
	var names []string
	for _, k := range keys {
		names = append(names, k.name)
	}
	return names
}

// Apply parses the YAML document data (named file in errors) and applies
// the keys it sets to c, leaving the others alone.
func (c *Config) Apply(file string, data []byte) error {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil // an empty file sets nothing
		}
		return &Error{File: file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		return &Error{File: file, Line: root.Line, Msg: "want a mapping of keys: " + strings.Join(keyNames(), ", ")}
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		name, value := root.Content[i], root.Content[i+1]
		idx := slices.IndexFunc(keys, func(k key) bool { return k.name == name.Value })
		if idx < 0 {
			return &Error{File: file, Line: name.Line, Key: name.Value, Msg: "unknown key (allowed: " + strings.Join(keyNames(), ", ") + ")"}
		}
		k := keys[idx]
		if err := k.apply(c, value); err != nil {
			line := value.Line
			var ve *valueError
			if errors.As(err, &ve) && ve.line > 0 {
				line = ve.line
			}
			return &Error{File: file, Line: line, Key: k.name, Msg: fmt.Sprintf("%v; want %s", err, k.allow)}
		}
	}
	return nil
}

// valueError is an error about one YAML node, located at its line.
type valueError struct {
	line int
	msg  string
}

func (e *valueError) Error() string { return e.msg }

func errAt(n *yaml.Node, format string, args ...any) error {
	return &valueError{line: n.Line, msg: fmt.Sprintf(format, args...)}
}

func stringList(n *yaml.Node) ([]string, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, errAt(n, "got %s", describe(n))
	}
	var out []string
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode || item.Tag != "!!str" {
			return nil, errAt(item, "item %s is not a string", describe(item))
		}
		out = append(out, item.Value)
	}
	return out, nil
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q (%s)", n.Value, strings.TrimPrefix(n.Tag, "!!"))
	}
	return "an alias"
}

func stringsKey(field func(*Config) *[]string) func(*Config, *yaml.Node) error {
	return func(c *Config, n *yaml.Node) error {
		list, err := stringList(n)
		if err != nil {
			return err
		}
		*field(c) = list
		return nil
	}
}

// propsLock sets the props surface lock file that propssurface checks.
func propsLock(c *Config, n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" || n.Value == "" {
		return errAt(n, "got %s", describe(n))
	}
	c.PropsLock = n.Value
	return nil
}

func patterns(field func(*Config) *globpath.Set) func(*Config, *yaml.Node) error {
	return func(c *Config, n *yaml.Node) error {
		list, err := stringList(n)
		if err != nil {
			return err
		}
		set := globpath.Set{}
		for i, s := range list {
			p, err := globpath.Compile(s)
			if err != nil {
				return errAt(n.Content[i], "%v", err)
			}
			set = append(set, p)
		}
		*field(c) = set
		return nil
	}
}

func apiPrefixes(c *Config, n *yaml.Node) error {
	list, err := stringList(n)
	if err != nil {
		return err
	}
	for i, p := range list {
		if !strings.HasPrefix(p, "/") {
			return errAt(n.Content[i], "prefix %q does not start with /", p)
		}
	}
	c.APIPrefixes = list
	return nil
}

func propsFuncs(c *Config, n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return errAt(n, "got %s", describe(n))
	}
	names := c.PropsFuncs
	fields := map[string]*string{"server-side": &names.ServerSide, "static": &names.Static, "static-paths": &names.StaticPaths}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		dst, ok := fields[k.Value]
		if !ok {
			return errAt(k, "unknown key %q", k.Value)
		}
		if v.Kind != yaml.ScalarNode || !isIdent(v.Value) {
			return errAt(v, "%s: %s is not a Go identifier", k.Value, describe(v))
		}
		*dst = v.Value
	}
	c.PropsFuncs = names
	return nil
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		letter := r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
		if !letter && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return true
}

func httpSinks(c *Config, n *yaml.Node) error {
	list, err := funcArgs(n, "url-arg")
	c.HTTPSinks = nil
	for _, fa := range list {
		c.HTTPSinks = append(c.HTTPSinks, HTTPSink{Func: fa.Func, URLArg: fa.Arg})
	}
	return err
}

func propsSinks(c *Config, n *yaml.Node) (err error) {
	c.PropsSinks, err = funcArgs(n, "arg")
	return err
}

// funcArgs parses a list of {func: import/path.Func, <argKey>: N}.
func funcArgs(n *yaml.Node, argKey string) ([]PropsSink, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, errAt(n, "got %s", describe(n))
	}
	var out []PropsSink
	for _, item := range n.Content {
		if item.Kind != yaml.MappingNode {
			return nil, errAt(item, "item %s is not a mapping", describe(item))
		}
		var m PropsSink
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, v := item.Content[i], item.Content[i+1]
			var err error
			switch k.Value {
			case "func":
				err = v.Decode(&m.Func)
			case argKey:
				err = v.Decode(&m.Arg)
			default:
				return nil, errAt(k, "unknown key %q (allowed: func, %s)", k.Value, argKey)
			}
			if err != nil {
				return nil, errAt(v, "%s: got %s", k.Value, describe(v))
			}
		}
		if !strings.Contains(m.Func, ".") || m.Arg < 0 {
			return nil, errAt(item, "func %q / %s %d is not a qualified function and a non-negative index", m.Func, argKey, m.Arg)
		}
		out = append(out, m)
	}
	return out, nil
}

func enable(c *Config, n *yaml.Node) error {
	names, err := analyzerList(n)
	if err != nil {
		return err
	}
	c.disabled = slices.DeleteFunc(c.disabled, func(d string) bool { return slices.Contains(names, d) })
	return nil
}

func disable(c *Config, n *yaml.Node) error {
	names, err := analyzerList(n)
	if err != nil {
		return err
	}
	c.disabled = append(c.disabled, names...)
	return nil
}

func analyzerList(n *yaml.Node) ([]string, error) {
	names, err := stringList(n)
	if err != nil {
		return nil, err
	}
	for i, name := range names {
		if !slices.Contains(AnalyzerNames, name) {
			return nil, errAt(n.Content[i], "unknown analyzer %q", name)
		}
	}
	return names, nil
}
