package config

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/ssrlint/ssrlint/internal/regularfile"
)

// Loader finds and reads the configuration of analyzed packages. Each
// analyzer owns one, bound to its flags, so the same analyzer behaves the
// same under ssrlint, go vet, golangci-lint and nogo.
type Loader struct {
	// Path, when set (-config), is the configuration file for every package;
	// no lookup happens.
	Path string
	// Settings, when set (-settings), is a YAML or JSON document applied
	// over the file; golangci-lint settings and nogo flags arrive here.
	Settings string
}

// RegisterFlags adds the configuration flags to fs and returns the loader
// they set.
func RegisterFlags(fs *flag.FlagSet) *Loader {
	l := new(Loader)
	fs.StringVar(&l.Path, "config", "", "configuration file (default: "+FileName+" found from the package directory up to its module root)")
	fs.StringVar(&l.Settings, "settings", "", "YAML or JSON configuration applied over the configuration file")
	return l
}

// ForDir returns the configuration for a package whose files are in dir.
func (l *Loader) ForDir(dir string) (*Config, error) {
	path := l.Path
	if path == "" && dir != "" {
		path = Find(dir)
	}
	return load(path, l.Settings)
}

// Find returns the configuration file that applies to dir: the first
// FileName found walking up from dir, stopping at the directory holding
// go.mod. It returns "" when there is none. Whatever has the name counts:
// a directory or a device there is an error when read, not skipped.
func Find(dir string) string {
	for {
		candidate := filepath.Join(dir, FileName)
		if _, err := os.Lstat(candidate); err == nil {
			return candidate
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

type cacheKey struct {
	path, settings string
	modTime        int64
	size           int64
}

type cached struct {
	cfg *Config
	err error
}

// loaded memoizes parsed configurations: a process (a go vet unit, a
// golangci-lint run) analyzes many packages that share one file. The key
// includes the file's size and time so an edited file is read again.
var loaded sync.Map // cacheKey -> cached

func load(path, settings string) (*Config, error) {
	key := cacheKey{path: path, settings: settings}
	if path != "" {
		st, err := os.Stat(path)
		if err != nil {
			return nil, fmt.Errorf("ssrlint config: %v", err)
		}
		key.modTime, key.size = st.ModTime().UnixNano(), st.Size()
	}
	if v, ok := loaded.Load(key); ok {
		c := v.(cached)
		return c.cfg, c.err
	}
	cfg, err := read(path, settings)
	loaded.Store(key, cached{cfg, err})
	return cfg, err
}

// MaxFileSize is the largest configuration file read: far above any real
// one, it keeps a file that is a link to an endless device from being read
// until memory runs out.
const MaxFileSize = 1 << 20

// ReadFile returns the content of the configuration file path: a regular
// file of at most MaxFileSize bytes.
func ReadFile(path string) ([]byte, error) {
	data, err := regularfile.Read(path, MaxFileSize)
	if err != nil {
		return nil, fmt.Errorf("ssrlint config: %v", err)
	}
	return data, nil
}

// MaxInputSize is the largest file that a configuration names read (a
// props lock: a line per JSON path of every page leaves a large margin).
const MaxInputSize = 64 << 20

// ReadInput returns the content of a file the configuration names: a
// regular file of at most MaxInputSize bytes.
func ReadInput(path string) ([]byte, error) {
	return regularfile.Read(path, MaxInputSize)
}

func read(path, settings string) (*Config, error) {
	cfg := Default()
	if path != "" {
		data, err := ReadFile(path)
		if err != nil {
			return nil, err
		}
		if err := cfg.Apply(path, data); err != nil {
			return nil, err
		}
		if cfg.PropsLock != "" && !filepath.IsAbs(cfg.PropsLock) {
			cfg.PropsLock = filepath.Join(filepath.Dir(path), cfg.PropsLock)
		}
	}
	if settings != "" {
		if err := cfg.Apply("settings", []byte(settings)); err != nil {
			return nil, err
		}
	}
	return cfg, nil
}
