package e2e

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ssrlint/ssrlint/internal/ssrlinttest"
)

// TestCacheAgreesWithUncachedRuns makes random edits to a small app (API
// routes added, removed and renamed; the called path; root and nested
// .ssrlint.yml; ignore directives; a props function's name) and checks
// after each that a run answered from the cache reports exactly what a
// run with SSRLINT_CACHE=off reports. The seed is logged; SSRLINT_SEED
// replays a sequence.
func TestCacheAgreesWithUncachedRuns(t *testing.T) {
	requireE2E(t)
	bin := buildSSRLint(t)
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("SSRLINT_SEED"); s != "" {
		if _, err := fmt.Sscan(s, &seed); err != nil {
			t.Fatalf("SSRLINT_SEED=%q: %v", s, err)
		}
	}
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	app := &editedApp{dir: ssrlinttest.Module(t, "example.com/shop", nil), rng: rng, path: "/api/stats"}
	app.writePages(t)
	cached := []string{"SSRLINT_CACHE=" + t.TempDir()}
	const steps = 24
	for step := range steps {
		what := app.edit(t)
		got := run(t, app.dir, cached, bin, "./...")
		want := run(t, app.dir, []string{"SSRLINT_CACHE=off"}, bin, "./...")
		if got.Code != want.Code || got.Stdout != want.Stdout {
			t.Fatalf("step %d (%s): the cached run differs from SSRLINT_CACHE=off\ncached: %s\nuncached: %s", step, what, got, want)
		}
		t.Logf("step %d: %s: exit %d, %d findings", step, what, got.Code, strings.Count(got.Stdout, "\n"))
	}
}

// editedApp is the app under edit and what the pages currently say.
type editedApp struct {
	dir     string
	rng     *rand.Rand
	path    string // what the stats page calls
	ignored bool   // an ignore directive silences the call
	typo    bool   // the home page's props function is misnamed
}

var (
	apiNames     = []string{"stats", "posts", "users"}
	handlerNames = []string{"Serve", "Handle", "Stats"}
	rootConfigs  = []string{"", "disable: [propsfunc]\n", "disable: [selfapi]\n", "api-routes: [\"**/pages/api/stats\"]\n"}
	pageConfigs  = []string{"", "api-routes: [\"**/pages/api/posts\"]\n", "disable: [selfapi]\n"}
)

// edit makes one random edit and says what it was.
func (a *editedApp) edit(t *testing.T) string {
	name := apiNames[a.rng.IntN(len(apiNames))]
	route := filepath.Join(a.dir, "pages", "api", name, name+".go")
	switch a.rng.IntN(7) {
	case 0, 1:
		handler := handlerNames[a.rng.IntN(len(handlerNames))]
		ssrlinttest.WriteFiles(t, a.dir, map[string]string{
			"pages/api/" + name + "/" + name + ".go": fmt.Sprintf("package %s\n\nimport \"net/http\"\n\nfunc %s(w http.ResponseWriter, r *http.Request) {}\n", name, handler),
		})
		return fmt.Sprintf("API route %s with handler %s", name, handler)
	case 2:
		if err := os.RemoveAll(filepath.Dir(route)); err != nil {
			t.Fatal(err)
		}
		return "API route " + name + " removed"
	case 3:
		a.path = "/api/" + name
		a.writePages(t)
		return "the page calls " + a.path
	case 4:
		cfg := rootConfigs[a.rng.IntN(len(rootConfigs))]
		writeOrRemove(t, filepath.Join(a.dir, ".ssrlint.yml"), cfg)
		return fmt.Sprintf(".ssrlint.yml %q", cfg)
	case 5:
		cfg := pageConfigs[a.rng.IntN(len(pageConfigs))]
		writeOrRemove(t, filepath.Join(a.dir, "pages", "stats", ".ssrlint.yml"), cfg)
		return fmt.Sprintf("pages/stats/.ssrlint.yml %q", cfg)
	default:
		if a.rng.IntN(2) == 0 {
			a.ignored = !a.ignored
		} else {
			a.typo = !a.typo
		}
		a.writePages(t)
		return fmt.Sprintf("ignore directive %t, props typo %t", a.ignored, a.typo)
	}
}

func (a *editedApp) writePages(t *testing.T) {
	directive := ""
	if a.ignored {
		directive = "\t//ssrlint:ignore selfapi the stats service is another process\n"
	}
	home := "GetServerSideProps"
	if a.typo {
		home = "getServerSideProps"
	}
	ssrlinttest.WriteFiles(t, a.dir, map[string]string{
		"pages/stats/stats.go": fmt.Sprintf(`package stats

import (
	"context"
	"net/http"
	"os"
)

type Props struct{ Visits int }

func GetServerSideProps(ctx context.Context) (Props, error) {
%s	resp, err := http.Get(os.Getenv("STATS_SERVICE") + %q)
	if err != nil {
		return Props{}, err
	}
	defer resp.Body.Close()
	return Props{Visits: 1}, nil
}
`, directive, a.path),
		"pages/home/home.go": fmt.Sprintf("package home\n\nfunc %s() (int, error) { return 0, nil }\n", home),
	})
}

// writeOrRemove writes content to name, or removes name when content is "".
func writeOrRemove(t *testing.T, name, content string) {
	t.Helper()
	if content == "" {
		if err := os.Remove(name); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
