package jsonshape

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"
)

// A Tag is a struct field's parsed `json:"..."` tag, read the way
// encoding/json reads it.
type Tag struct {
	Present   bool   // the field has a json key in its tag
	Value     string // the json key's value, as written
	Skip      bool   // json:"-": never encoded
	Name      string // the JSON name; "" when absent or invalid (the Go name is used)
	OmitEmpty bool
	OmitZero  bool
	String    bool // ,string: scalars are encoded inside a JSON string
	// Problems are what encoding/json silently ignores in the tag: unknown
	// options, a name it cannot use. One line each.
	Problems []string
}

// knownOptions are encoding/json's options; v2Options are encoding/json/v2
// options that v1 ignores but that code written for v2 legitimately uses.
var (
	knownOptions = []string{"omitempty", "omitzero", "string"}
	v2Options    = []string{"inline", "unknown", "nocase", "strictcase", "case:ignore", "case:strict", "format"}
)

// ParseTag parses the json key of a raw struct tag (the text between the
// backquotes).
func ParseTag(structTag string) Tag {
	value, ok := reflect.StructTag(structTag).Lookup("json")
	if !ok {
		return Tag{}
	}
	if value == "-" {
		return Tag{Present: true, Value: value, Skip: true}
	}
	name, opts, _ := strings.Cut(value, ",")
	t := Tag{Present: true, Value: value, Name: name}
	if name != "" && !validName(name) {
		t.Problems = append(t.Problems, fmt.Sprintf("name %q is not one encoding/json accepts, so it uses the Go field name instead", name))
		t.Name = ""
	}
	for opt := range strings.SplitSeq(opts, ",") {
		t.option(opt)
	}
	return t
}

func (t *Tag) option(opt string) {
	switch opt {
	case "":
		// json:"name," is harmless: encoding/json skips empty options.
	case "omitempty":
		t.OmitEmpty = true
	case "omitzero":
		t.OmitZero = true
	case "string":
		t.String = true
	default:
		if isV2Option(opt) {
			return
		}
		t.Problems = append(t.Problems, fmt.Sprintf("unknown option %q%s is ignored", opt, suggestion(opt)))
	}
}

func isV2Option(opt string) bool {
	for _, o := range v2Options {
		if opt == o || o == "format" && strings.HasPrefix(opt, "format:") {
			return true
		}
	}
	return false
}

// suggestion names the known option opt is a typo of, if any.
func suggestion(opt string) string {
	trimmed := strings.ToLower(strings.TrimSpace(opt))
	for _, known := range knownOptions {
		if trimmed == known || closeTo(trimmed, known) {
			return fmt.Sprintf(" (did you mean %q?)", known)
		}
	}
	return ""
}

// closeTo reports whether a and b have the same length and letters, or
// differ in one edit: enough for the typos seen in tags (strnig, omitemtpy,
// omitemptyy).
func closeTo(a, b string) bool {
	return sameLetters(a, b) || editDistanceOne(a, b)
}

func sameLetters(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	count := map[rune]int{}
	for _, r := range a {
		count[r]++
	}
	for _, r := range b {
		count[r]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

func editDistanceOne(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// validName is encoding/json's isValidTag.
func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
			// Backslash and quote chars are reserved, but otherwise any
			// punctuation chars are allowed in a tag name.
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}
