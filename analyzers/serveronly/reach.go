package serveronly

import (
	"fmt"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/ssrlint/ssrlint/internal/lintpass"
)

// reach is the package fact: the server-only code a package brings into
// every binary that imports it. Only the server-only packages reached
// travel, each with one shortest import chain, never the import graph, so
// the fact stays a few hundred bytes.
type reach struct {
	// ServerOnly says why the package is server-only itself ("marked
	// //ssrlint:server-only", "built-in list", ...). A server-only package
	// is the end of every chain through it: Paths is then empty.
	ServerOnly string
	// Client is set for client packages: their own server imports are
	// reported in them, not again in each client package importing them.
	Client bool
	// Paths are the server-only packages reached, sorted by target.
	Paths []chain
	// WasmPaths are those of the GOOS=js GOARCH=wasm build when they
	// differ from Paths (WasmDiffers): a file built only for the server
	// (//go:build !wasm) brings nothing into the browser.
	WasmPaths   []chain
	WasmDiffers bool
}

// build is one of the two builds a package's imports are followed in.
type build bool

const (
	hostBuild    build = false // the build being analyzed
	browserBuild build = true  // its GOOS=js GOARCH=wasm files
)

// paths returns the chains of the package in the build b.
func (r *reach) paths(b build) []chain {
	if b == browserBuild && r.WasmDiffers {
		return r.WasmPaths
	}
	return r.Paths
}

// chain is one import chain from a direct import of the package that holds
// the fact to a server-only package.
type chain struct {
	Packages []string // import paths in import order; the last is server-only
	Reason   string   // why the last package is server-only
}

func (*reach) AFact() {}

func (r *reach) String() string {
	var parts []string
	if r.ServerOnly != "" {
		parts = append(parts, "server-only: "+r.ServerOnly)
	}
	if r.Client {
		parts = append(parts, "client")
	}
	for _, c := range r.Paths {
		parts = append(parts, c.String())
	}
	if r.WasmDiffers {
		parts = append(parts, fmt.Sprintf("js/wasm: %v", r.WasmPaths))
	}
	return "reach(" + strings.Join(parts, "; ") + ")"
}

func (c chain) target() string { return c.Packages[len(c.Packages)-1] }

func (c chain) equal(d chain) bool {
	return c.Reason == d.Reason && slices.Equal(c.Packages, d.Packages)
}

// String renders the chain as in messages: a → b → c (server-only: why).
func (c chain) String() string {
	return strings.Join(c.Packages, " → ") + " (server-only: " + c.Reason + ")"
}

// selfReason says why the package being analyzed is server-only, or "".
func selfReason(p *lintpass.Pass) string {
	if r := p.Package.ServerOnly; r != "" {
		return r
	}
	if funcs := p.PropsFuncs(); len(funcs) > 0 {
		return "page with " + funcs[0].Decl.Name.Name
	}
	return ""
}

// computeReach builds the package's fact from those of its direct imports.
func computeReach(p *lintpass.Pass, is imports) *reach {
	r := &reach{ServerOnly: selfReason(p), Client: p.Package.Client != ""}
	if r.ServerOnly != "" {
		return r
	}
	r.Paths = shortestChains(p, is.packages(), hostBuild)
	wasm := shortestChains(p, is.inBrowser().packages(), browserBuild)
	if !slices.EqualFunc(r.Paths, wasm, chain.equal) {
		r.WasmPaths, r.WasmDiffers = wasm, true
	}
	return r
}

// shortestChains returns one shortest chain to each server-only package
// that the imports reach in the build b, sorted by target.
func shortestChains(p *lintpass.Pass, imports []*types.Package, b build) []chain {
	shortest := map[string]chain{}
	for _, imp := range imports {
		var fact reach
		p.ImportPackageFact(imp, &fact)
		for _, c := range chainsVia(p, imp, &fact, b) {
			if old, ok := shortest[c.target()]; !ok || len(c.Packages) < len(old.Packages) {
				shortest[c.target()] = c
			}
		}
	}
	var out []chain
	for _, c := range shortest {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b chain) int { return strings.Compare(a.target(), b.target()) })
	return out
}

// chainsVia returns the chains to server-only packages that start at the
// direct import imp in the build b, whose fact (zero when it has none) is
// fact: imp alone when it is server-only, else imp prefixed to each chain
// of its fact.
func chainsVia(p *lintpass.Pass, imp *types.Package, fact *reach, b build) []chain {
	if why := importReason(p, imp, fact); why != "" {
		return []chain{{Packages: []string{imp.Path()}, Reason: why}}
	}
	paths := fact.paths(b)
	out := make([]chain, len(paths))
	for i, c := range paths {
		out[i] = chain{Packages: append([]string{imp.Path()}, c.Packages...), Reason: c.Reason}
	}
	return out
}

// importReason says why the imported package imp is server-only: its own
// fact (markers, directives, its props functions), a server-only pattern of
// the importing package's configuration (which also reaches packages
// outside the module, such as a vendor SDK, whose own configuration lookup
// never finds this module's file), or the built-in list.
func importReason(p *lintpass.Pass, imp *types.Package, fact *reach) string {
	if fact.ServerOnly != "" {
		return fact.ServerOnly
	}
	if pat, ok := p.Config.ServerOnly.Match(imp.Path()); ok {
		return "matches server-only pattern " + strconv.Quote(pat.String())
	}
	if isBuiltin(imp.Path()) {
		return "built-in list"
	}
	return ""
}
