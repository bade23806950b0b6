package selfapi_test

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/analyzers/selfapi"
	"github.com/ssrlint/ssrlint/internal/routes"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestMain hands the analyzer the route table of the testdata modules, as
// the ssrlint driver does for each page unit.
func TestMain(m *testing.M) {
	file, err := writeRouteTable(filepath.Join(analysistest.TestData(), "src", "example.com", "app"))
	if err != nil {
		panic(err)
	}
	if err := selfapi.Analyzer.Flags.Set("routes", file); err != nil {
		panic(err)
	}
	code := m.Run()
	os.Remove(file)
	os.Exit(code)
}

// writeRouteTable lists the packages below the pages directory of the
// module in dir (its import path is dir's path below testdata/src) with
// their handlers, as the driver does, into a temporary file.
func writeRouteTable(dir string) (string, error) {
	src := filepath.Join(analysistest.TestData(), "src")
	table := routes.APITable{}
	err := filepath.WalkDir(filepath.Join(dir, "pages"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if handler, ok := routes.DirHandler(path); ok {
			rel, _ := filepath.Rel(src, path)
			table[filepath.ToSlash(rel)] = handler
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	f, err := os.CreateTemp("", "selfapi-routes-*.json")
	if err != nil {
		return "", err
	}
	defer f.Close()
	_, err = f.Write(table.Encode())
	return f.Name(), err
}

// TestWithoutRouteTableReadsNoSiblingDirectory: under a driver that gives
// no -routes file (go vet, golangci-lint, nogo), a page learns routes only
// from facts; the API route package next to it, which it does not import,
// stays unknown instead of being read from disk.
func TestWithoutRouteTableReadsNoSiblingDirectory(t *testing.T) {
	flag := selfapi.Analyzer.Flags.Lookup("routes")
	setFlag(t, flag, "")
	analysistest.Run(t, analysistest.TestData(), selfapi.Analyzer, "example.com/hermetic/...")
}

// TestRouteTableNamesTheAPIRoute: with the table, the same page is
// reported, naming the handler the table gives.
func TestRouteTableNamesTheAPIRoute(t *testing.T) {
	file, err := writeRouteTable(filepath.Join(analysistest.TestData(), "src", "example.com", "hermetic"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(file) })
	flag := selfapi.Analyzer.Flags.Lookup("routes")
	setFlag(t, flag, file)
	var rec recorder
	analysistest.Run(&rec, analysistest.TestData(), selfapi.Analyzer, "example.com/hermetic/...")
	if len(rec.errs) != 1 || !strings.Contains(rec.errs[0], "served by api/stats.Serve (/api/stats)") {
		t.Errorf("with the route table: %q, want one unexpected finding naming api/stats.Serve", rec.errs)
	}
}

// recorder is an analysistest.Testing that keeps what it is told.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, strings.TrimSpace(fmt.Sprintf(format, args...)))
}

// setFlag sets an analyzer flag for the test and restores it afterwards.
func setFlag(t *testing.T, f *flag.Flag, value string) {
	t.Helper()
	saved := f.Value.String()
	t.Cleanup(func() {
		if err := f.Value.Set(saved); err != nil {
			t.Error(err)
		}
	})
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
}
