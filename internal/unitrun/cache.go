package unitrun

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ssrlint/ssrlint/internal/findings"
	"github.com/ssrlint/ssrlint/internal/regularfile"
)

// cache keeps the results of package units: <key>-v holds the facts
// (vetx), <key>-o the tool's JSON output after a header that names the key
// and the length and hash of both files. An entry that does not match its
// header (truncated, edited, another key's) is a miss, and the unit's
// new results replace it. Its directory is $SSRLINT_CACHE, or ssrlint/ in
// the user's cache directory; SSRLINT_CACHE=off disables it. Files are
// private to the user (0600 in 0700 directories): another local user who
// could write them could change what ssrlint reports.
type cache struct {
	dir string // "" when caching is off
}

const (
	cacheEnv     = "SSRLINT_CACHE"
	trimInterval = 24 * time.Hour
	trimAge      = 5 * 24 * time.Hour
	touchAge     = time.Hour
	// entryLimit bounds what a cache file may hold: far above any facts
	// file or output ssrlint writes.
	entryLimit = 256 << 20
)

// openCache opens the cache directory, creating it. It fails on a
// directory that another user owns.
func openCache() (*cache, error) {
	dir := os.Getenv(cacheEnv)
	if dir == "off" {
		return &cache{}, nil
	}
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return &cache{}, nil // no home: run without a cache
		}
		dir = filepath.Join(base, "ssrlint")
	}
	// Absolute: the vet tool runs in each package's directory.
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	info, err := os.Stat(dir)
	if err == nil && !info.IsDir() {
		err = fmt.Errorf("%s is not a directory", dir)
	}
	if os.IsNotExist(err) {
		// Can only fail in a place no run could cache in (a read-only
		// home): then run without a cache, as before it existed.
		if os.MkdirAll(dir, 0o700) != nil {
			return &cache{}, nil
		}
		info, err = os.Stat(dir)
	}
	if err != nil {
		return nil, err
	}
	if !ownedByUser(info) {
		return nil, fmt.Errorf("directory %s belongs to another user; set %s to a directory of yours, or to off", dir, cacheEnv)
	}
	if info.Mode().Perm()&0o077 != 0 {
		// Made by an older ssrlint, or with a loose umask: close it.
		if err := os.Chmod(dir, 0o700); err != nil {
			return nil, err
		}
	}
	return &cache{dir: dir}, nil
}

// tmpPrefix starts the names of the runs' temporary directories.
const tmpPrefix = "tmp-"

// tempDir returns a directory for one run's unit files, in the cache when
// there is one so that results move into it by renaming.
func (c *cache) tempDir() (string, error) {
	if c.dir == "" {
		return os.MkdirTemp("", "ssrlint-")
	}
	return os.MkdirTemp(c.dir, tmpPrefix)
}

func (c *cache) entry(key, kind string) string {
	return filepath.Join(c.dir, key[:2], key+"-"+kind)
}

// entryHeader starts an output file; the JSON output follows the blank line.
const entryHeader = "ssrlint unit cache v2\n"

// header describes an entry: its key, and the length and hash of its facts
// file and of its output.
func header(key string, vetx, out []byte) []byte {
	return fmt.Appendf(nil, "%skey %s\nvetx %d %x\nout %d %x\n\n", entryHeader, key, len(vetx), sha256.Sum256(vetx), len(out), sha256.Sum256(out))
}

// get returns the cached facts file and output of a unit, after checking
// both against the entry's header.
func (c *cache) get(key string) (vetx string, out []byte, ok bool) {
	if c.dir == "" {
		return "", nil, false
	}
	vetx, outFile := c.entry(key, "v"), c.entry(key, "o")
	entry, err := regularfile.Read(outFile, entryLimit)
	if err != nil {
		return "", nil, false
	}
	facts, err := regularfile.Read(vetx, entryLimit)
	if err != nil {
		return "", nil, false
	}
	_, out, found := bytes.Cut(entry, []byte("\n\n"))
	if !found || !bytes.Equal(entry[:len(entry)-len(out)], header(key, facts, out)) {
		return "", nil, false
	}
	touch(vetx, outFile)
	return vetx, out, true
}

// touch keeps the files of an entry in use from being trimmed, once an
// hour at most. Best effort: an entry that is not touched is trimmed and
// recomputed.
func touch(files ...string) {
	if info, err := os.Stat(files[0]); err != nil || time.Since(info.ModTime()) <= touchAge {
		return
	}
	now := time.Now()
	for _, f := range files {
		_ = os.Chtimes(f, now, now)
	}
}

// write stores data as the cache file name, whole or not at all.
func (c *cache) write(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o700); err != nil {
		return err
	}
	return writeFileAtomic(name, data)
}

// put moves a unit's facts file into the cache, stores its output and
// returns the facts file's new name.
func (c *cache) put(key, vetxFile string, out []byte) (string, error) {
	facts, err := os.ReadFile(vetxFile)
	if errors.Is(err, os.ErrNotExist) {
		// No facts written: an empty file stands for none.
		err = os.WriteFile(vetxFile, nil, 0o600)
	}
	if err != nil {
		return "", err
	}
	// The vet tool creates the file 0666 less the umask.
	if err := os.Chmod(vetxFile, 0o600); err != nil {
		return "", err
	}
	if c.dir == "" {
		return vetxFile, nil // lives until the run's temporary directory goes
	}
	vetx := c.entry(key, "v")
	if err := os.MkdirAll(filepath.Dir(vetx), 0o700); err != nil {
		return "", err
	}
	tmp := vetxFile + ".o"
	if err := os.WriteFile(tmp, append(header(key, facts, out), out...), 0o600); err != nil {
		return "", err
	}
	// Two runs may store the same key at once: whatever pair of files
	// ends up there, get checks that they belong together.
	if err := os.Rename(tmp, c.entry(key, "o")); err != nil {
		return "", err
	}
	return vetx, os.Rename(vetxFile, vetx)
}

// trim deletes, at most once a day, the entries that no run has used for
// five days, and the temporary directories of runs that were killed.
func (c *cache) trim() {
	if c.dir == "" {
		return
	}
	marker := filepath.Join(c.dir, "trim.txt")
	if info, err := os.Stat(marker); err == nil && time.Since(info.ModTime()) < trimInterval {
		return
	}
	// Trimming is best effort: a failure only leaves old entries behind.
	_ = os.WriteFile(marker, nil, 0o600)
	_ = filepath.WalkDir(c.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		info, infoErr := d.Info()
		old := infoErr == nil && time.Since(info.ModTime()) > trimAge
		switch {
		case d.IsDir() && strings.HasPrefix(d.Name(), tmpPrefix) && filepath.Dir(path) == c.dir:
			// No run takes a day: a run that old was killed.
			if infoErr == nil && time.Since(info.ModTime()) > trimInterval {
				os.RemoveAll(path)
			}
			return fs.SkipDir
		case !d.IsDir() && old:
			os.Remove(path)
		}
		return nil
	})
}

// hasAnalyzerError reports whether a unit's JSON output records an
// analyzer's error ({"<package>": {"<analyzer>": {"error": "..."}}}, where
// findings are a list): such results may depend on more than the unit's
// inputs (a configuration file not there yet) and are not cached. Output
// that cannot be read counts as an error.
func hasAnalyzerError(out []byte) bool {
	res, err := findings.Parse(bytes.NewReader(out))
	return err != nil || len(res.Errors) > 0
}
