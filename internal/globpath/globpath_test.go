package globpath

import "testing"

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"**/pages/**", "example.com/shop/pages/products/detail", true},
		{"**/pages/**", "example.com/shop/pages", true},
		{"**/pages/**", "pages", true},
		{"**/pages/**", "example.com/shop/mypages/x", false},
		{"**/pages/api/**", "example.com/shop/pages/api/users", true},
		{"**/pages/api/**", "example.com/shop/pages/apis", false},
		{"example.com/*/web", "example.com/shop/web", true},
		{"example.com/*/web", "example.com/shop/x/web", false},
		{"**/client*", "a/b/clientside", true},
		{"a/b", "a/b/c", false},
	}
	for _, tt := range tests {
		p, err := Compile(tt.pattern)
		if err != nil {
			t.Fatalf("Compile(%q): %v", tt.pattern, err)
		}
		if got := p.Match(tt.path); got != tt.want {
			t.Errorf("%q.Match(%q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	for _, bad := range []string{"", "a//b", "a/**x/b", "a/[b"} {
		if _, err := Compile(bad); err == nil {
			t.Errorf("Compile(%q) succeeded, want error", bad)
		}
	}
}

func FuzzMatch(f *testing.F) {
	f.Add("**/pages/**", "example.com/pages/x")
	f.Add("a/*/[bc]", "a/x/b")
	f.Fuzz(func(t *testing.T, pattern, path string) {
		p, err := Compile(pattern)
		if err != nil {
			return
		}
		p.Match(path)
	})
}
