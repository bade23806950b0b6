package editdist

import "testing"

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"s-maxage", "s-maxage", 0},
		{"s-max-age", "s-maxage", 1},
		{"getserversideprop", "getserversideprops", 1},
		{"max-aeg", "max-age", 1}, // transposition
		{"kitten", "sitting", 3},
		{"", "abc", 3},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
