package surface

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func site(pkg, handler string, paths ...string) Site {
	s := Site{Package: pkg, Handler: handler}
	for _, p := range paths {
		json, typ, _ := strings.Cut(p, " ")
		s.Paths = append(s.Paths, Path{JSON: json, Type: typ, Pos: "x.go:1"})
	}
	return s
}

func TestLockRoundTripIsSortedWithoutPositions(t *testing.T) {
	sites := []Site{
		site("example.com/b", "Show", "props string"),
		site("example.com/a", "GetServerSideProps", "props.z int", "props.a map[string]any"),
	}
	var buf bytes.Buffer
	if err := WriteLock(&buf, sites); err != nil {
		t.Fatal(err)
	}
	want := lockHeader +
		"example.com/a\tGetServerSideProps\tprops.a\tmap[string]any\n" +
		"example.com/a\tGetServerSideProps\tprops.z\tint\n" +
		"example.com/b\tShow\tprops\tstring\n"
	if buf.String() != want {
		t.Errorf("lock:\n%s\nwant:\n%s", buf.String(), want)
	}
	lock, err := ReadLock(&buf, "props.lock")
	if err != nil {
		t.Fatal(err)
	}
	if changes := lock.Compare(sites, func(string) bool { return true }); len(changes) != 0 {
		t.Errorf("a surface differs from its own lock: %+v", changes)
	}
}

func TestCompare(t *testing.T) {
	lock, err := ReadLock(strings.NewReader(
		"example.com/a\tH\tprops.kept\tstring\n"+
			"example.com/a\tH\tprops.retyped\tstring\n"+
			"example.com/a\tH\tprops.dropped\tbool\n"+
			"example.com/gone\tH\tprops.x\tint\n"+
			"example.com/other\tH\tprops.y\tint\n"), "props.lock")
	if err != nil {
		t.Fatal(err)
	}
	sites := []Site{site("example.com/a", "H", "props.kept string", "props.retyped int", "props.added bool")}
	analyzed := func(pkg string) bool { return pkg != "example.com/other" }
	var got []string
	for _, c := range lock.Compare(sites, analyzed) {
		got = append(got, c.Site.ID()+" "+c.Path.JSON+" "+c.Kind+" "+c.OldType)
	}
	want := []string{
		"example.com/a.H props.retyped type changed string",
		"example.com/a.H props.added new ",
		"example.com/a.H props.dropped removed ",
		// A locked site of an analyzed package that is no longer found is
		// removed; one of a package not analyzed is not compared.
		"example.com/gone.H props.x removed ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadLockRejectsMalformedLines(t *testing.T) {
	_, err := ReadLock(strings.NewReader("# comment\nexample.com/a props.x int\n"), "props.lock")
	if err == nil || !strings.Contains(err.Error(), "props.lock:2:") {
		t.Errorf("err = %v, want one naming props.lock:2", err)
	}
}

func TestComparePathsKeepsDescendantsTogether(t *testing.T) {
	paths := []string{"props.posts2", "props.posts[].title", "props.posts", "props.posts[]"}
	slices.SortFunc(paths, ComparePaths)
	want := []string{"props.posts", "props.posts[]", "props.posts[].title", "props.posts2"}
	if !slices.Equal(paths, want) {
		t.Errorf("sorted %q, want %q", paths, want)
	}
}
