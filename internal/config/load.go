package config

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sync"
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
// go.mod. It returns "" when there is none.
func Find(dir string) string {
	for {
		candidate := filepath.Join(dir, FileName)
		if st, err := os.Stat(candidate); err == nil && !st.IsDir() {
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

func read(path, settings string) (*Config, error) {
	cfg := Default()
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("ssrlint config: %v", err)
		}
		if err := cfg.Apply(path, data); err != nil {
			return nil, err
		}
	}
	if settings != "" {
		if err := cfg.Apply("settings", []byte(settings)); err != nil {
			return nil, err
		}
	}
	return cfg, nil
}
