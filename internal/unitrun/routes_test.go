package unitrun

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/internal/routes"
)

// TestRouteTablesGoToPagesOnly: the API route packages are listed once; a
// page's unit gets those below its pages directory, as a file named by its
// content and in its key; a unit outside pages gets nothing, so its key
// does not change when routes do.
func TestRouteTablesGoToPagesOnly(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module example.com/shop\n")
	api := pkg(t, dir, "example.com/shop/pages/api/stats")
	write(t, filepath.Join(api.Dir, "a.go"), "package stats\n\nimport \"net/http\"\n\nfunc Serve(w http.ResponseWriter, r *http.Request) {}\n")
	page, lib := pkg(t, dir, "example.com/shop/pages/home"), pkg(t, dir, "example.com/shop/lib")
	pkgs := []*listed{api, page, lib}

	run := newFakeRun(t)
	run.routes = newRouteTables(pkgs, nil, t.TempDir())
	if want := (routes.APITable{api.ImportPath: "Serve"}); len(run.routes.table) != 1 || run.routes.table[api.ImportPath] != "Serve" {
		t.Fatalf("table %v, want %v", run.routes.table, want)
	}
	units := buildUnits(pkgs, nil)
	pageArgs, err := run.routes.args(units[1])
	if err != nil || len(pageArgs) != 1 || !strings.HasPrefix(pageArgs[0], routesFlag+"=") {
		t.Fatalf("page args %q, %v; want the table file", pageArgs, err)
	}
	file := strings.TrimPrefix(pageArgs[0], routesFlag+"=")
	if got, err := routes.ReadAPITable(file); err != nil || got[api.ImportPath] != "Serve" {
		t.Errorf("the page's table file holds %v, %v", got, err)
	}
	if libArgs, err := run.routes.args(units[2]); err != nil || libArgs != nil {
		t.Errorf("lib args %q, %v; want none", libArgs, err)
	}

	// A renamed handler is another file, so another key for the page.
	write(t, filepath.Join(api.Dir, "a.go"), "package stats\n\nimport \"net/http\"\n\nfunc Handle(w http.ResponseWriter, r *http.Request) {}\n")
	renamed, err := newRouteTables(pkgs, nil, run.routes.dir).args(units[1])
	if err != nil || len(renamed) != 1 || renamed[0] == pageArgs[0] {
		t.Errorf("after renaming the handler: %q, %v; want another file than %q", renamed, err, pageArgs[0])
	}
}
