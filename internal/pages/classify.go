// Package pages knows the "pages + props function" convention: which
// packages are pages, API routes, client or server-only packages, which
// functions are props functions and what their props type is.
package pages

import (
	"go/ast"
	"strconv"

	"github.com/ssrlint/ssrlint/internal/browserbuild"
	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/directive"
)

// Import paths of the marker packages.
const (
	ServerOnlyMarker = "github.com/ssrlint/ssrlint/serveronly"
	ClientMarker     = "github.com/ssrlint/ssrlint/clientonly"
)

// Package is the classification of one package.
type Package struct {
	Path     string
	Page     bool // matches a page pattern
	APIRoute bool // matches an API route pattern

	// Client and ServerOnly are non-empty when the package is one, and say
	// why: `marked //ssrlint:client`, `imports .../serveronly`, `matches
	// pattern "**/wasm/**"`, `imports syscall/js`, `go-app main calling
	// app.RunWhenOnBrowser`.
	Client     string
	ServerOnly string

	// Entry is set when the package is a main that a WebAssembly framework
	// compiles for the browser (Client says so too).
	Entry *browserbuild.Entry
}

// syscallJS is the package only browser code can import.
const syscallJS = "syscall/js"

// Classify classifies the package path from its (non-test) files.
func Classify(path string, files []*ast.File, cfg *config.Config) *Package {
	p := &Package{Path: path}
	_, p.Page = cfg.Pages.Match(path)
	_, p.APIRoute = cfg.APIRoutes.Match(path)
	if pat, ok := cfg.Client.Match(path); ok {
		p.Client = "matches client pattern " + strconv.Quote(pat.String())
	}
	if pat, ok := cfg.ServerOnly.Match(path); ok {
		p.ServerOnly = "matches server-only pattern " + strconv.Quote(pat.String())
	}
	for _, f := range files {
		if directive.Has(f.Doc, directive.Client) {
			p.Client = "marked //ssrlint:client"
		}
		if directive.Has(f.Doc, directive.ServerOnly) {
			p.ServerOnly = "marked //ssrlint:server-only"
		}
		for _, imp := range f.Imports {
			switch path, _ := strconv.Unquote(imp.Path.Value); path {
			case ClientMarker:
				p.Client = "imports " + ClientMarker
			case ServerOnlyMarker:
				p.ServerOnly = "imports " + ServerOnlyMarker
			case syscallJS:
				if p.Client == "" {
					p.Client = "imports " + syscallJS
				}
			}
		}
	}
	return p
}

// SetEntry records that the package is the browser entry point e; an
// explicit client classification keeps its reason.
func (p *Package) SetEntry(e *browserbuild.Entry) {
	p.Entry = e
	if p.Client == "" {
		p.Client = e.String()
	}
}
