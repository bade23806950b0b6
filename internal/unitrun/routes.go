package unitrun

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/routes"
)

// The route table is selfapi's declared input (see routes.APITable): the
// driver lists the API route packages once, and each page unit gets those
// below its pages directory as a file named by its content, so that the
// file is part of the unit's key and nothing else's. selfapi's flags say
// which packages its configuration counts as API routes.
const (
	routesFlag   = "-selfapi.routes"
	routesConfig = "-selfapi.config"
	routesExtra  = "-selfapi.settings"
)

// routeTables is the module's route table and the files written for it.
type routeTables struct {
	table routes.APITable
	dir   string // where the files go

	mu      sync.Mutex
	written map[string]bool
}

// newRouteTables lists the API route packages among pkgs, with the
// handler each declares, read from its files.
func newRouteTables(pkgs []*listed, toolArgs []string, dir string) *routeTables {
	loader := &config.Loader{Path: flagValue(toolArgs, routesConfig), Settings: flagValue(toolArgs, routesExtra)}
	table := routes.APITable{}
	for _, p := range pkgs {
		if _, underPages := routes.PagesRoot(p.ImportPath); !underPages || p.Standard || p.Error != nil {
			continue
		}
		cfg, err := loader.ForDir(p.Dir)
		if err != nil {
			continue // selfapi reports the configuration error in the package's unit
		}
		if _, isAPI := cfg.APIRoutes.Match(p.ImportPath); isAPI {
			table[p.ImportPath], _ = routes.DirHandler(p.Dir)
		}
	}
	return &routeTables{table: table, dir: dir, written: make(map[string]bool)}
}

// args returns the tool flags that hand a unit its route table: none
// outside pages, or when no API route package is below its pages
// directory.
func (rt *routeTables) args(u *unit) ([]string, error) {
	root, ok := routes.PagesRoot(u.pkg.ImportPath)
	if !ok {
		return nil, nil
	}
	sub := rt.table.Under(root)
	if len(sub) == 0 {
		return nil, nil
	}
	data := sub.Encode()
	file := filepath.Join(rt.dir, fmt.Sprintf("routes-%x.json", sha256.Sum256(data)))
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if !rt.written[file] {
		if err := writeFileAtomic(file, data); err != nil {
			return nil, err
		}
		rt.written[file] = true
	}
	return []string{routesFlag + "=" + file}, nil
}

// writeFileAtomic writes a private file by renaming, so that a concurrent
// run reads either no file or all of it.
func writeFileAtomic(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), tmpPrefix+"*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// flagValue returns the value of the last -name=value in args, "" when
// there is none.
func flagValue(args []string, name string) string {
	value := ""
	for _, a := range args {
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			value = v
		}
	}
	return value
}
