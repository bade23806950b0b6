package propssurface

import (
	"fmt"
	"path/filepath"

	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/surface"
	"golang.org/x/tools/go/analysis"
)

// checkLock reports the paths of the sites that the configured lock file
// does not record, or records with another type.
func checkLock(p *lintpass.Pass, sites []*site) error {
	name := p.Config.PropsLock
	if name == "" {
		return nil
	}
	lock, err := surface.ReadLockFile(name)
	if err != nil {
		return err
	}
	for _, s := range sites {
		for _, c := range lock.Compare([]surface.Site{s.Site}, func(string) bool { return false }) {
			if c.Fails() {
				report(p, s, c, filepath.Base(name))
			}
		}
	}
	return nil
}

// report reports one change at the declaration or store that adds the
// path when it is in the package, else at the site.
func report(p *lintpass.Pass, s *site, c surface.Change, lockName string) {
	pos := s.positions[indexOf(s.Paths, c.Path.JSON)]
	d := analysis.Diagnostic{Pos: pos, Message: message(s, c, lockName)}
	if !p.InScope(pos) {
		d.Pos = s.pos
		if pos.IsValid() {
			d.Related = []analysis.RelatedInformation{{Pos: pos, Message: "the path comes from here: " + origin(c.Path)}}
		}
	}
	p.Report(d)
}

func message(s *site, c surface.Change, lockName string) string {
	what := fmt.Sprintf("%s (%s, from %s)", c.Path.JSON, c.Path.Type, origin(c.Path))
	if c.Kind == surface.ChangeType {
		what = fmt.Sprintf("%s changed type from %s to %s (from %s) and", c.Path.JSON, c.OldType, c.Path.Type, origin(c.Path))
	} else {
		what += " is new and"
	}
	return fmt.Sprintf("%s reaches the browser through %s without being recorded in %s; check that the page needs it, then run ssrlint props -write %s",
		what, s.Handler, lockName, lockName)
}

func origin(p surface.Path) string {
	if p.Origin == "" {
		return p.Go
	}
	return p.Origin
}

func indexOf(paths []surface.Path, json string) int {
	for i, p := range paths {
		if p.JSON == json {
			return i
		}
	}
	return 0
}
