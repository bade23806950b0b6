// Package vetx reads the package facts in the facts files (vetx) that the
// vet tool writes for each unit under the unitchecker protocol, so that the
// ssrlint command can collect what an analyzer exports (the props surface)
// without parsing text. The format is golang.org/x/tools' (unitchecker's
// vetx header, then the gob-encoded fact list of internal/facts); its test
// runs through the ssrlint command (cmd/ssrlint props tests), so a change
// of format fails there.
package vetx

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis"
)

const magic = "vetx"

// gobFact is internal/facts' encoding of one fact; gob matches it by field
// names.
type gobFact struct {
	PkgPath string
	Object  string // objectpath.Path; empty for a package fact
	Fact    analysis.Fact
}

// Register makes the fact types of analyzers decodable; call it once with
// every analyzer the vet tool ran (a facts file holds all their facts).
func Register(analyzers []*analysis.Analyzer) {
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, f := range a.FactTypes {
			gob.Register(f)
		}
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range analyzers {
		visit(a)
	}
}

// PackageFacts returns the package facts about pkgPath in the facts file.
func PackageFacts(file, pkgPath string) ([]analysis.Fact, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	facts, err := factsSection(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	if len(facts) == 0 {
		return nil, nil
	}
	var list []gobFact
	if err := gob.NewDecoder(bytes.NewReader(facts)).Decode(&list); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	var out []analysis.Fact
	for _, f := range list {
		if f.PkgPath == pkgPath && f.Object == "" {
			out = append(out, f.Fact)
		}
	}
	return out, nil
}

// factsSection returns the facts of a vetx file: after the magic and two
// little-endian lengths, the type export data, then the facts.
func factsSection(data []byte) ([]byte, error) {
	if len(data) < 12 || string(data[:4]) != magic {
		return nil, errors.New("not a vetx facts file")
	}
	typesLen := uint64(binary.LittleEndian.Uint32(data[4:8]))
	factsLen := uint64(binary.LittleEndian.Uint32(data[8:12]))
	if 12+typesLen+factsLen > uint64(len(data)) {
		return nil, errors.New("truncated vetx facts file")
	}
	return data[12+typesLen : 12+typesLen+factsLen], nil
}
