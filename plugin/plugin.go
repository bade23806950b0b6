// Package plugin is ssrlint's golangci-lint module plugin. A custom
// golangci-lint binary built with `golangci-lint custom` (see
// docs/golangci-lint.md) imports it for its side effect: it registers the
// linter "ssrlint", whose settings in .golangci.yml take the same keys as
// .ssrlint.yml and override that file, as -settings does on the command
// line.
package plugin

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/suite"
	"golang.org/x/tools/go/analysis"
)

// Name is the linter name: the key under linters.settings.custom in
// .golangci.yml, the linter that findings appear under, and the name
// //nolint comments use.
const Name = "ssrlint"

// settingsPath is where golangci-lint users write the settings; errors name
// it instead of a file.
const settingsPath = "linters.settings.custom." + Name + ".settings"

func init() { register.Plugin(Name, New) }

type linterPlugin struct {
	analyzers []*analysis.Analyzer
}

// New decodes the golangci-lint settings of the linter and returns the
// plugin. Settings that .ssrlint.yml would reject are rejected with the
// same message, naming the key.
func New(settings any) (register.LinterPlugin, error) {
	doc, cfg, err := decode(settings)
	if err != nil {
		return nil, err
	}
	var enabled []*analysis.Analyzer
	for _, a := range suite.Analyzers() {
		// Every analyzer reads its configuration through its own "settings"
		// flag (config.RegisterFlags), exactly as under go vet and nogo.
		// Setting it even when empty makes New the only source of truth.
		if err := a.Flags.Set("settings", doc); err != nil {
			return nil, fmt.Errorf("%s: analyzer %s: %v", settingsPath, a.Name, err)
		}
		if cfg.Enabled(a.Name) {
			enabled = append(enabled, a)
		}
	}
	return &linterPlugin{analyzers: enabled}, nil
}

// decode turns golangci-lint's settings value (a map decoded from
// .golangci.yml, nil when there are none) into the JSON document the
// analyzers' settings flag takes, and checks it by applying it over the
// defaults.
func decode(settings any) (string, *config.Config, error) {
	cfg := config.Default()
	if settings == nil {
		return "", cfg, nil
	}
	data, err := json.Marshal(settings)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %v", settingsPath, err)
	}
	if err := cfg.Apply(settingsPath, data); err != nil {
		return "", nil, withoutLine(err)
	}
	return string(data), cfg, nil
}

// withoutLine drops the line number from a configuration error: it would
// count lines of the re-encoded settings, not of .golangci.yml.
func withoutLine(err error) error {
	var ce *config.Error
	if errors.As(err, &ce) {
		c := *ce
		c.Line = 0
		return &c
	}
	return err
}

// BuildAnalyzers returns the analyzers that the settings leave enabled. A
// .ssrlint.yml can still disable one per package.
func (p *linterPlugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode asks for type information: every analyzer needs it, and
// golangci-lint then also runs the analyzers on dependencies so that the
// facts crossing packages reach the packages that use them.
func (p *linterPlugin) GetLoadMode() string { return register.LoadModeTypesInfo }
