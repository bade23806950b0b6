package unitrun

import (
	"slices"
	"testing"

	"github.com/ssrlint/ssrlint/internal/vettool"
)

func TestInvocationRenderedForTheUnitRunner(t *testing.T) {
	inv := vettool.Invocation{
		Tool:       "/bin/ssrlint",
		ToolFlags:  []string{"-selfapi=false", "-config-digest=0123"},
		BuildFlags: []string{"-tags=integration"},
		Patterns:   []string{"./...", "-odd"},
	}
	wantList := []string{"list", "-e", "-compiled", "-deps", "-json=" + listFields(), "-cover=false", "-tags=integration", "--", "./...", "-odd"}
	if got := listArgs(inv); !slices.Equal(got, wantList) {
		t.Errorf("listArgs = %q, want %q", got, wantList)
	}
	wantTool := []string{"-json", "-selfapi=false", "-config-digest=0123"}
	if got := toolArgs(inv); !slices.Equal(got, wantTool) {
		t.Errorf("toolArgs = %q, want %q", got, wantTool)
	}
}
