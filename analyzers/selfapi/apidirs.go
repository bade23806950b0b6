package selfapi

import (
	"path/filepath"
	"strings"

	"github.com/ssrlint/ssrlint/internal/routes"
	"github.com/ssrlint/ssrlint/internal/urlval"
)

// apiPackageRoute finds the API route package that serves a literal path
// by the pages convention, on disk next to this page: for the page
// example.com/blog/pages/about in .../blog/pages/about, the path
// /api/posts is served by .../blog/pages/api/posts when that directory
// holds a package whose import path is an API route package. Pages rarely
// import the API route packages they call, so facts cannot tell them.
func (c *checker) apiPackageRoute(path urlval.URL) (routes.Route, bool) {
	if !path.IsLiteral() || len(path) == 0 {
		return routes.Route{}, false
	}
	pagesPath, pagesDir, ok := c.pagesRoot()
	rel := strings.Trim(path[0].Text, "/")
	if !ok || rel == "" || strings.Contains(rel, "..") || strings.Contains(rel, "//") {
		return routes.Route{}, false
	}
	importPath := pagesPath + "/" + rel
	if _, isAPI := c.p.Config.APIRoutes.Match(importPath); !isAPI {
		return routes.Route{}, false
	}
	handler, exists := routes.DirHandler(filepath.Join(pagesDir, filepath.FromSlash(rel)))
	pat, isRoute := routes.FromPackagePath(importPath)
	if !exists || !isRoute {
		return routes.Route{}, false
	}
	if handler == "" {
		return routes.Route{Pattern: pat, Handler: routes.ShortPath(importPath)}, true
	}
	return routes.Route{Pattern: pat, Handler: routes.ShortPath(importPath) + "." + handler}, true
}

// pagesRoot returns the import path and directory of the "pages" element
// above this package.
func (c *checker) pagesRoot() (importPath, dir string, ok bool) {
	elems := strings.Split(c.p.Pkg.Path(), "/")
	last := -1
	for i, e := range elems {
		if e == "pages" {
			last = i
		}
	}
	if last < 0 || len(c.p.Files) == 0 {
		return "", "", false
	}
	dir = filepath.Dir(c.p.Fset.File(c.p.Files[0].Pos()).Name())
	for range elems[last+1:] {
		dir = filepath.Dir(dir)
	}
	if filepath.Base(dir) != "pages" {
		return "", "", false
	}
	return strings.Join(elems[:last+1], "/"), dir, true
}
