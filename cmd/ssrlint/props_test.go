package main_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/internal/ssrlinttest"
)

var update = flag.Bool("update", false, "rewrite the testdata/props/*.golden files")

// golden compares got with testdata/props/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	ssrlinttest.Golden(t, filepath.Join("testdata", "props", name), got, *update)
}

// TestPropsGolden prints the props surface of the example apps in each
// format.
func TestPropsGolden(t *testing.T) {
	for _, app := range []string{"blog", "inertia", "templ"} {
		dir := filepath.Join("..", "..", "examples", app)
		for _, format := range []string{"text", "json", "markdown"} {
			t.Run(app+"/"+format, func(t *testing.T) {
				stdout, stderr, code := run(t, dir, "props", "-format", format, "./...")
				if code != 0 {
					t.Fatalf("exit %d; stderr:\n%s", code, stderr)
				}
				golden(t, app+"."+format+".golden", stdout)
			})
		}
	}
}

// A page passing a whole model into its props, and the model.
const (
	lockedModel = `package model

type User struct {
	ID   int    ` + "`json:\"id\"`" + `
	Name string ` + "`json:\"name\"`" + `
}
`
	lockedPage = `package profile

import "example.com/m/model"

type Props struct {
	User model.User ` + "`json:\"user\"`" + `
}

func GetServerSideProps() (Props, error) { return Props{User: model.User{ID: 1}}, nil }
`
)

// The lines of lockedModel's fields.
const (
	idLine   = "\tID   int    `json:\"id\"`\n"
	nameLine = "\tName string `json:\"name\"`\n"
)

// lockedModule returns a module whose props.lock records the surface of
// its profile page.
func lockedModule(t *testing.T) string {
	dir := module(t, map[string]string{"model/model.go": lockedModel, "pages/profile/profile.go": lockedPage})
	if _, stderr, code := run(t, dir, "props", "-write", "props.lock"); code != 0 {
		t.Fatalf("props -write: exit %d\n%s", code, stderr)
	}
	if stdout, stderr, code := run(t, dir, "props", "-check", "props.lock"); code != 0 || stdout != "" {
		t.Fatalf("props -check right after -write: exit %d\n%s%s", code, stdout, stderr)
	}
	return dir
}

func editModel(t *testing.T, dir, from, to string) {
	t.Helper()
	path := filepath.Join(dir, "model", "model.go")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), from) {
		t.Fatalf("model.go lacks %q", from)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), from, to, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestPropsCheckNamesTheNewPathAndItsLine(t *testing.T) {
	dir := lockedModule(t)
	editModel(t, dir, nameLine, nameLine+"\tEmail string\n")
	stdout, stderr, code := run(t, dir, "props", "-check", "props.lock")
	want := "model/model.go:6: example.com/m/pages/profile.GetServerSideProps: new path props.user.Email (string, from model.User.Email) is not in props.lock\n"
	if code != 1 || stdout != want {
		t.Errorf("props -check after adding a field: exit %d, stdout\n%s\nwant exit 1 and\n%s\nstderr:\n%s", code, stdout, want, stderr)
	}
}

func TestPropsCheckIgnoresWhatJSONDoesNotSee(t *testing.T) {
	for name, edit := range map[string][2]string{
		"a json:\"-\" field":  {nameLine, nameLine + "\tPasswordHash string `json:\"-\"`\n"},
		"an unexported field": {nameLine, nameLine + "\tnote string\n"},
		"reordered fields":    {idLine + nameLine, nameLine + idLine},
	} {
		t.Run(name, func(t *testing.T) {
			dir := lockedModule(t)
			editModel(t, dir, edit[0], edit[1])
			if stdout, stderr, code := run(t, dir, "props", "-check", "props.lock"); code != 0 || stdout != "" {
				t.Errorf("props -check: exit %d, stdout %q, stderr %q; want 0 and nothing", code, stdout, stderr)
			}
		})
	}
}

func TestPropsLockInTheMainCommand(t *testing.T) {
	dir := lockedModule(t)
	editModel(t, dir, nameLine, nameLine+"\tEmail string `json:\"email\"`\n")
	stdout, stderr, code := run(t, dir, "-props-lock", "props.lock", "./...")
	want := "props.user.email (string, from model.User.Email) is new and reaches the browser through GetServerSideProps without being recorded in props.lock"
	if code != 1 || !strings.Contains(stdout, want) || !strings.Contains(stdout, "(propssurface)") ||
		!strings.Contains(stdout, "model/model.go:6:") {
		t.Errorf("ssrlint -props-lock: exit %d, stdout\n%s\nwant a propssurface finding %q related to model/model.go:6\nstderr:\n%s", code, stdout, want, stderr)
	}
	// The same lock named in .ssrlint.yml: one CI step checks rules and lock.
	if err := os.WriteFile(filepath.Join(dir, ".ssrlint.yml"), []byte("props-lock: props.lock\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if stdout, _, code := run(t, dir, "./..."); code != 1 || !strings.Contains(stdout, want) {
		t.Errorf("props-lock in .ssrlint.yml: exit %d, stdout\n%s", code, stdout)
	}
	// Recording the path makes the run clean: the lock is part of the cache key.
	if _, stderr, code := run(t, dir, "props", "-write", "props.lock"); code != 0 {
		t.Fatalf("props -write: %s", stderr)
	}
	if stdout, stderr, code := run(t, dir, "./..."); code != 0 {
		t.Errorf("after props -write: exit %d\n%s%s", code, stdout, stderr)
	}
}

func TestExplainPropsSurface(t *testing.T) {
	stdout, _, code := run(t, ".", "-explain", "propssurface")
	if code != 0 || !strings.Contains(stdout, "# propssurface") {
		t.Errorf("-explain propssurface: exit %d\n%s", code, stdout)
	}
}
