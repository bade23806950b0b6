package srcroot

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func mkdir(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
}

func realPath(t *testing.T, p string) string {
	t.Helper()
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestFindModule(t *testing.T) {
	mod := realPath(t, t.TempDir())
	sub := filepath.Join(mod, "pages", "a")
	mkdir(t, sub)
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(mod)) // in case the temp dir is inside a git work tree
	if got := Find(sub); got != mod {
		t.Errorf("Find in a module outside git = %q, want the module root %q", got, mod)
	}
}

func TestFindGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	repo := realPath(t, t.TempDir())
	mod := filepath.Join(repo, "app")
	mkdir(t, mod)
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("git", "init", "-q", repo).CombinedOutput(); err != nil {
		t.Fatalf("git init: %v\n%s", err, out)
	}
	if got := Find(mod); got != repo {
		t.Errorf("Find in a module of a git repository = %q, want the top level %q", got, repo)
	}
}

func TestFindNeither(t *testing.T) {
	dir := realPath(t, t.TempDir())
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	t.Setenv("GO111MODULE", "off") // no go.mod above the temp dir either way
	if got := Find(dir); got != dir {
		t.Errorf("Find outside git and modules = %q, want the directory itself", got)
	}
}

func TestRel(t *testing.T) {
	root := realPath(t, t.TempDir())
	file := filepath.Join(root, "pages", "a.go")
	for _, tc := range []struct {
		root, file, want string
		below            bool
	}{
		{root, file, "pages/a.go", true},
		{root, filepath.Join(root, "..x", "a.go"), "..x/a.go", true},
		{filepath.Join(root, "pages"), filepath.Join(root, "b.go"), filepath.ToSlash(filepath.Join(root, "b.go")), false},
	} {
		got, below := Rel(tc.root, tc.file)
		if got != tc.want || below != tc.below {
			t.Errorf("Rel(%q, %q) = %q, %v; want %q, %v", tc.root, tc.file, got, below, tc.want, tc.below)
		}
	}
}

func TestRelThroughSymlink(t *testing.T) {
	physical := realPath(t, t.TempDir())
	mkdir(t, filepath.Join(physical, "pages"))
	if err := os.WriteFile(filepath.Join(physical, "pages", "a.go"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(physical, link); err != nil {
		t.Skip(err)
	}
	// git names the physical directory, go vet the one the user typed.
	if got, below := Rel(physical, filepath.Join(link, "pages", "a.go")); got != "pages/a.go" || !below {
		t.Errorf("Rel through a symlink = %q, %v; want pages/a.go, true", got, below)
	}
}
