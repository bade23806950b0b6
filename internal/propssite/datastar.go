package propssite

import (
	"go/types"

	"github.com/ssrlint/ssrlint/internal/jsonshape"
)

// datastar (github.com/starfederation/datastar-go): the signals a
// ServerSentEventGenerator patches land in the browser's signal store,
// readable by every script on the page. MarshalAndPatchSignals and
// MarshalAndPatchSignalsIfMissing encode a value as JSON; PatchSignals
// sends JSON bytes (followed back to what was marshalled where SSA shows
// it).
func init() {
	register(&Adapter{Name: "datastar", Call: datastarCall})
}

const datastarPkg = "github.com/starfederation/datastar-go/datastar"

var signalsRoot = jsonshape.Path{Go: "signals", JSON: "signals"}

func datastarCall(fn *types.Func) *CallSpec {
	if fn.Pkg() == nil || fn.Pkg().Path() != datastarPkg || fn.Signature().Recv() == nil ||
		!receiverNamed(fn.Signature(), "ServerSentEventGenerator") {
		return nil
	}
	switch fn.Name() {
	case "MarshalAndPatchSignals", "MarshalAndPatchSignalsIfMissing", "PatchSignals":
		return &CallSpec{Kind: "signals", Name: "datastar." + fn.Name(), Value: 0, Key: -1, Root: signalsRoot, Dest: "the browser's signal store"}
	}
	return nil
}
