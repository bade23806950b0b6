// Package tags has json tags that encoding/json ignores in part.
package tags

import (
	"context"
)

type Item struct {
	A string `json:"x,strnig"`
	B int    `json:"b, omitempty"`
	C []int  `json:"c,string"`
	D string `json:"d\\e"`
	E int    `json:"e,string,omitempty"`
	F string `json:"f,omitzero"`
	G string `json:"g,"`
	H string `json:",omitempty"`
	I string `json:"i,format:RFC3339"`
	J *int   `json:"j,string"`
}

type Props struct {
	Item  Item
	Items []Item
}

func GetStaticProps(ctx context.Context) (Props, error) { // want `Props\.Item\.A has json tag "x,strnig": unknown option "strnig" \(did you mean "string"\?\) is ignored; fix the tag` `Props\.Item\.B has json tag "b, omitempty": unknown option " omitempty" \(did you mean "omitempty"\?\) is ignored` `Props\.Item\.C has json tag "c,string": option "string" only applies to bool, number and string fields and is ignored here` `Props\.Item\.D has json tag "d\\\\e": name "d\\\\e" is not one encoding/json accepts`
	return Props{}, nil
}
