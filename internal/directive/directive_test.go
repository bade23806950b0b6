package directive

import (
	"go/ast"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		text       string
		ok         bool
		name, args string
	}{
		{"//ssrlint:server-only", true, "server-only", ""},
		{"//ssrlint:ignore selfapi,propsjson  legacy endpoint ", true, "ignore", "selfapi,propsjson  legacy endpoint"},
		{"// ssrlint:client", false, "", ""},
		{"/*ssrlint:client*/", false, "", ""},
		{"//nolint:ssrlint", false, "", ""},
	}
	for _, tt := range tests {
		d, ok := Parse(&ast.Comment{Text: tt.text})
		if ok != tt.ok || d.Name != tt.name || d.Args != tt.args {
			t.Errorf("Parse(%q) = %q %q %v, want %q %q %v", tt.text, d.Name, d.Args, ok, tt.name, tt.args, tt.ok)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("//ssrlint:ignore a,b reason")
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := Parse(&ast.Comment{Text: text})
		if ok && d.Comment == nil {
			t.Fatal("directive without its comment")
		}
	})
}
