package unitrun

import (
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// cache keeps the results of package units: <key>-v holds the facts
// (vetx), <key>-o the tool's JSON output. Its directory is $SSRLINT_CACHE,
// or ssrlint/ in the user's cache directory; SSRLINT_CACHE=off disables it.
type cache struct {
	dir string // "" when caching is off
}

const (
	cacheEnv     = "SSRLINT_CACHE"
	trimInterval = 24 * time.Hour
	trimAge      = 5 * 24 * time.Hour
	touchAge     = time.Hour
)

func openCache() *cache {
	dir := os.Getenv(cacheEnv)
	if dir == "off" {
		return &cache{}
	}
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return &cache{}
		}
		dir = filepath.Join(base, "ssrlint")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &cache{}
	}
	return &cache{dir: dir}
}

// tempDir returns a directory for one run's unit files, in the cache when
// there is one so that results move into it by renaming.
func (c *cache) tempDir() (string, error) {
	if c.dir == "" {
		return os.MkdirTemp("", "ssrlint-")
	}
	return os.MkdirTemp(c.dir, "tmp-")
}

func (c *cache) entry(key, kind string) string {
	return filepath.Join(c.dir, key[:2], key+"-"+kind)
}

// get returns the cached facts file and output of a unit.
func (c *cache) get(key string) (vetx string, out []byte, ok bool) {
	if c.dir == "" {
		return "", nil, false
	}
	vetx = c.entry(key, "v")
	info, err := os.Stat(vetx)
	if err != nil {
		return "", nil, false
	}
	out, err = os.ReadFile(c.entry(key, "o"))
	if err != nil {
		return "", nil, false
	}
	if time.Since(info.ModTime()) > touchAge { // keep entries in use from being trimmed
		// Best effort: an entry that is not touched is trimmed and recomputed.
		now := time.Now()
		_ = os.Chtimes(vetx, now, now)
		_ = os.Chtimes(c.entry(key, "o"), now, now)
	}
	return vetx, out, true
}

// put moves a unit's facts file into the cache, stores its output and
// returns the facts file's new name.
func (c *cache) put(key, vetxFile string, out []byte) (string, error) {
	if _, err := os.Stat(vetxFile); err != nil {
		// No facts written: an empty file stands for none.
		if err := os.WriteFile(vetxFile, nil, 0o644); err != nil {
			return "", err
		}
	}
	if c.dir == "" {
		return vetxFile, nil // lives until the run's temporary directory goes
	}
	vetx := c.entry(key, "v")
	if err := os.MkdirAll(filepath.Dir(vetx), 0o755); err != nil {
		return "", err
	}
	// The output first: get wants both, and the facts file commits.
	tmp := vetxFile + ".o"
	if err := os.WriteFile(tmp, out, 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, c.entry(key, "o")); err != nil {
		return "", err
	}
	return vetx, os.Rename(vetxFile, vetx)
}

// trim deletes, at most once a day, the entries (and leftover temporary
// files) that no run has used for five days.
func (c *cache) trim() {
	if c.dir == "" {
		return
	}
	marker := filepath.Join(c.dir, "trim.txt")
	if info, err := os.Stat(marker); err == nil && time.Since(info.ModTime()) < trimInterval {
		return
	}
	// Trimming is best effort: a failure only leaves old entries behind.
	_ = os.WriteFile(marker, nil, 0o644)
	_ = filepath.WalkDir(c.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if info, err := d.Info(); err == nil && time.Since(info.ModTime()) > trimAge {
			os.Remove(path)
		}
		return nil
	})
}
