package routes

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestAPITableRoundTripAndUnder(t *testing.T) {
	table := APITable{
		"example.com/shop/pages/api/stats":       "Serve",
		"example.com/shop/pages/api/posts":       "",
		"example.com/shop/admin/pages/api/users": "Get",
		"example.com/shopping/pages/api/cart":    "Cart",
	}
	file := filepath.Join(t.TempDir(), "routes.json")
	if err := os.WriteFile(file, table.Encode(), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := ReadAPITable(file)
	if err != nil || !reflect.DeepEqual(got, table) {
		t.Fatalf("ReadAPITable = %v, %v; want %v", got, err, table)
	}
	if string(got.Encode()) != string(table.Encode()) {
		t.Error("the same table encodes to different bytes")
	}
	want := APITable{"example.com/shop/pages/api/stats": "Serve", "example.com/shop/pages/api/posts": ""}
	if under := table.Under("example.com/shop/pages"); !reflect.DeepEqual(under, want) {
		t.Errorf("Under(example.com/shop/pages) = %v, want %v", under, want)
	}
}

func TestPagesRoot(t *testing.T) {
	for path, want := range map[string]string{
		"example.com/shop/pages/about":             "example.com/shop/pages",
		"example.com/shop/pages/admin/pages/users": "example.com/shop/pages/admin/pages",
		"pages/home":                          "pages",
		"example.com/shop/internal/pagesutil": "",
	} {
		got, ok := PagesRoot(path)
		if got != want || ok != (want != "") {
			t.Errorf("PagesRoot(%s) = %q, %t; want %q", path, got, ok, want)
		}
	}
}
