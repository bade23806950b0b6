package surface

import (
	"bytes"
	"testing"
)

// A site sharing values under keys: its roots are no paths of their own.
var shared = Site{
	Package: "example.com/web", Handler: "Handlers.Share", Name: "inertia.(*Inertia).Share", Pos: "web.go:23",
	Paths: []Path{
		{JSON: "props.appName", Type: "string"},
		{JSON: "templateData.stripeKey", Type: "string", Origin: "os.Getenv(...)", Marks: []Mark{{Kind: MarkSensitive, Why: "a secret"}}},
	},
}

func TestWriteTextGivesKeyedRootsALine(t *testing.T) {
	var buf bytes.Buffer
	if err := (&Report{Sites: []Site{shared}}).WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	want := "web.go:23: example.com/web.Handlers.Share (inertia.(*Inertia).Share)\n" +
		"  props\n" +
		"    appName  string\n" +
		"  templateData\n" +
		"    stripeKey  string  from os.Getenv(...)  SENSITIVE: a secret\n"
	if buf.String() != want {
		t.Errorf("text:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestWriteSummaryIsOneLinePerSite(t *testing.T) {
	other := Site{Package: "example.com/pages/home", Handler: "GetServerSideProps", Pos: "home.go:9", Paths: []Path{{JSON: "props", Type: "home.Props"}}}
	var buf bytes.Buffer
	if err := (&Report{Sites: []Site{shared, other}}).WriteSummary(&buf); err != nil {
		t.Fatal(err)
	}
	want := "web.go:23  example.com/web.Handlers.Share             2 paths, 1 sensitive\n" +
		"home.go:9  example.com/pages/home.GetServerSideProps  1 path\n"
	if buf.String() != want {
		t.Errorf("summary:\n%q\nwant:\n%q", buf.String(), want)
	}
}
