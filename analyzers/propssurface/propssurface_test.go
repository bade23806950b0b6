package propssurface_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ssrlint/ssrlint/analyzers/propssurface"
	"github.com/ssrlint/ssrlint/internal/surface"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), propssurface.Analyzer, "example.com/app/...")
}

// TestSurface checks the surface the analyzer exports for the profile
// page: paths encoding/json writes (json:"-" and unexported fields left
// out), types, origins, marks.
func TestSurface(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), propssurface.Analyzer, "example.com/app/pages/profile")
	var fact surface.Fact
	if len(results) != 1 || !results[0].Action.PackageFact(results[0].Pass.Pkg, &fact) {
		t.Fatalf("no surface fact for the profile page")
	}
	var got []string
	for _, s := range fact.Sites {
		for _, p := range s.Paths {
			line := fmt.Sprintf("%s %s %s from %q at %s", s.Handler, p.JSON, p.Type, p.Origin, filepath.Base(p.Pos))
			for _, m := range p.Marks {
				line += fmt.Sprintf(" [%s: %s]", m.Kind, m.Why)
			}
			got = append(got, line)
		}
	}
	want := []string{
		`GetServerSideProps props profile.Props from "" at profile.go:22`,
		`GetServerSideProps props.extra map[string]any from "profile.Props.Extra" at profile.go:15`,
		`GetServerSideProps props.extra.greeting string from "fmt.Sprintf(...)" at profile.go:27 [derived: built from u.Name]`,
		`GetServerSideProps props.extra.session model.Session from "model.Session{...}" at profile.go:28`,
		`GetServerSideProps props.extra.session.refreshToken string from "model.Session.RefreshToken" at model.go:32 [sensitive: field named like a secret: refresh token]`,
		`GetServerSideProps props.extra.session.userId int from "model.Session.UserID" at model.go:31`,
		`GetServerSideProps props.meta any from "profile.Props.Meta" at profile.go:17 [unbounded: filled at run time: its contents are not known statically]`,
		`GetServerSideProps props.user model.User from "profile.Props.User" at profile.go:14`,
		`GetServerSideProps props.user.email string from "model.User.Email" at model.go:10`,
		`GetServerSideProps props.user.id int from "model.User.ID" at model.go:8`,
		`GetServerSideProps props.user.joined time.Time from "model.User.Joined" at model.go:12 [opaque: its MarshalJSON or MarshalText writes what it likes]`,
		`GetServerSideProps props.user.name string from "model.User.Name" at model.go:9`,
		`GetServerSideProps props.user.plan *model.Plan from "model.User.Plan" at model.go:13`,
		`GetServerSideProps props.user.plan.name string from "model.Plan.Name" at model.go:19`,
		`GetServerSideProps props.user.plan.price model.Cents from "model.Plan.Price" at model.go:20 [opaque: its MarshalJSON or MarshalText writes what it likes]`,
	}
	if diff := strings.Join(got, "\n"); diff != strings.Join(want, "\n") {
		t.Errorf("surface:\n%s\nwant:\n%s", diff, strings.Join(want, "\n"))
	}
}
