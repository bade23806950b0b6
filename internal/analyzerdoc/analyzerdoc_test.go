package analyzerdoc

import "testing"

func TestExtract(t *testing.T) {
	src := "// Package x does x.\n//\n// # Analyzer x\n//\n// x: short title\n//\n//\tcode\n// Body.\npackage x\n"
	want := "x: short title\n\n\tcode\nBody."
	if got := Extract(src, "x"); got != want {
		t.Errorf("Extract = %q, want %q", got, want)
	}
}
