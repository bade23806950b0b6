// Package sarifschema validates documents against the SARIF 2.1.0 JSON
// schema, for tests: it is imported by tests only, so the validator is not
// linked into the ssrlint binary.
//
// testdata/sarif-schema-2.1.0.json is the OASIS schema (errata01) as
// vendored by github.com/owenrumney/go-sarif/v3 v3.3.1 in
// pkg/report/v210/sarif/schema.go, copied out of that Go string verbatim.
package sarifschema

import (
	"bytes"
	_ "embed"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

//go:embed testdata/sarif-schema-2.1.0.json
var schemaJSON []byte

const schemaURL = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

func compile() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(schemaURL, doc); err != nil {
		return nil, err
	}
	return c.Compile(schemaURL)
}

// Validate reports whether data is a valid SARIF 2.1.0 log.
func Validate(data []byte) error {
	schema, err := compile()
	if err != nil {
		return fmt.Errorf("compiling the SARIF schema: %v", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %v", err)
	}
	return schema.Validate(doc)
}
