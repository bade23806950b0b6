package e2e

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const precommitGoMod = "module example.com/shop\n\ngo 1.26\n"

// A page whose props function is unexported: the renderer never calls it.
const precommitBadPage = `package home

import (
	"context"
	"net/http"
)

type Props struct{ Title string }

func getServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	return Props{Title: "Home"}, nil
}
`

var precommitGoodPage = strings.Replace(precommitBadPage, "func getServerSideProps", "func GetServerSideProps", 1)

// TestPreCommitHook runs the hook of .pre-commit-hooks.yaml with Debian's
// pre-commit (`pre-commit try-repo`) on a temporary git repository: it
// fails while a page has a violation and passes once it is fixed.
func TestPreCommitHook(t *testing.T) {
	requireE2E(t)
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Fatal("pre-commit is not installed (apt-get install -y pre-commit)")
	}
	start := time.Now()
	hooks := hookRepo(t)
	env := []string{
		"PRE_COMMIT_HOME=" + t.TempDir(), // its own hook environments, not ~/.cache/pre-commit
		// pre-commit gives each golang hook its own GOPATH; sharing the module
		// cache spares downloading ssrlint's dependencies again.
		"GOMODCACHE=" + strings.TrimSpace(mustRun(t, root, nil, "go", "env", "GOMODCACHE").Stdout),
	}

	app := gitRepo(t, map[string]string{"go.mod": precommitGoMod, "pages/home/home.go": precommitBadPage})
	res := run(t, app, env, "pre-commit", "try-repo", hooks, "ssrlint", "--all-files")
	if res.Code == 0 || !strings.Contains(res.Stdout, "pages/home/home.go:10:6: ") || !strings.Contains(res.Stdout, "(propsfunc)") {
		t.Fatalf("pre-commit with a violation: want a failure showing the propsfunc finding, got %v", res)
	}
	t.Logf("failing run done (%s)", time.Since(start).Round(time.Second))

	writeFiles(t, app, map[string]string{"pages/home/home.go": precommitGoodPage})
	mustRun(t, app, nil, "git", "add", "-A")
	if res := run(t, app, env, "pre-commit", "try-repo", hooks, "ssrlint", "--all-files"); res.Code != 0 {
		t.Fatalf("pre-commit once fixed: want success, got %v", res)
	}
	t.Logf("total %s", time.Since(start).Round(time.Second))
}

// hookRepo returns a git repository holding this working tree (tracked
// and untracked files, not ignored ones) in one commit. pre-commit clones
// the hook repository; given this checkout with uncommitted changes it
// would stage them in this checkout's own index, which other work shares.
func hookRepo(t *testing.T) string {
	t.Helper()
	list := mustRun(t, root, nil, "git", "ls-files", "--cached", "--others", "--exclude-standard", "-z")
	dir := t.TempDir()
	for _, name := range strings.Split(strings.TrimRight(list.Stdout, "\x00"), "\x00") {
		copyEntry(t, filepath.Join(root, name), filepath.Join(dir, name))
	}
	commitAll(t, dir)
	return dir
}

// copyEntry copies one file of the working tree; a symbolic link (testdata
// shares framework stubs that way) is copied as the link it is.
func copyEntry(t *testing.T, src, dst string) {
	t.Helper()
	info, err := os.Lstat(src)
	if errors.Is(err, fs.ErrNotExist) {
		return // deleted in the working tree
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		target, err := os.Readlink(src)
		if err == nil {
			err = os.Symlink(target, dst)
		}
		if err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// gitRepo creates a git repository with files committed.
func gitRepo(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	commitAll(t, dir)
	return dir
}

// commitAll commits everything in dir to a new git repository.
func commitAll(t *testing.T, dir string) {
	t.Helper()
	git := []string{"-c", "user.name=e2e", "-c", "user.email=e2e@example.com", "-c", "commit.gpgsign=false"}
	mustRun(t, dir, nil, "git", "init", "-q")
	mustRun(t, dir, nil, "git", "add", "-A")
	mustRun(t, dir, nil, "git", append(git, "commit", "-q", "-m", "e2e")...)
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
