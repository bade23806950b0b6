package selfapi

import (
	"strings"
	"sync"

	"github.com/ssrlint/ssrlint/internal/routes"
	"github.com/ssrlint/ssrlint/internal/urlval"
)

// routeTableFile is the -routes flag: the module's API route packages, as
// the ssrlint driver lists them for each page unit (routes.APITable). Under
// drivers that do not set it (go vet -vettool, golangci-lint, nogo), a
// page knows only the routes its dependencies' facts carry: the analyzer
// never reads files outside its package.
var routeTableFile string

func init() {
	Analyzer.Flags.StringVar(&routeTableFile, "routes", "", "file of the module's API route packages (set by the ssrlint driver)")
}

type tableRead struct {
	table routes.APITable
	err   error
}

// tables memoizes the -routes files read: a process (a driver's unit, an
// analysistest run) analyzes many packages with the same file.
var tables sync.Map // file name → tableRead

// apiTable returns the table of the -routes file, nil when there is none.
func apiTable() (routes.APITable, error) {
	file := routeTableFile
	if file == "" {
		return nil, nil
	}
	if v, ok := tables.Load(file); ok {
		r := v.(tableRead)
		return r.table, r.err
	}
	t, err := routes.ReadAPITable(file)
	tables.Store(file, tableRead{t, err})
	return t, err
}

// apiPackageRoute finds the API route package that serves a literal path
// by the pages convention: for the page example.com/blog/pages/about, the
// path /api/posts is served by example.com/blog/pages/api/posts when the
// route table lists it as an API route package. Pages rarely import the
// API route packages they call, so facts cannot tell them.
func (c *checker) apiPackageRoute(path urlval.URL) (routes.Route, bool) {
	if !path.IsLiteral() || len(path) == 0 {
		return routes.Route{}, false
	}
	pagesPath, ok := routes.PagesRoot(c.p.Pkg.Path())
	rel := strings.Trim(path[0].Text, "/")
	if !ok || rel == "" || strings.Contains(rel, "..") || strings.Contains(rel, "//") {
		return routes.Route{}, false
	}
	importPath := pagesPath + "/" + rel
	if _, isAPI := c.p.Config.APIRoutes.Match(importPath); !isAPI {
		return routes.Route{}, false
	}
	table, _ := apiTable() // read by run, which fails on an error
	handler, exists := table[importPath]
	pat, isRoute := routes.FromPackagePath(importPath)
	if !exists || !isRoute {
		return routes.Route{}, false
	}
	if handler == "" {
		return routes.Route{Pattern: pat, Handler: routes.ShortPath(importPath)}, true
	}
	return routes.Route{Pattern: pat, Handler: routes.ShortPath(importPath) + "." + handler}, true
}
