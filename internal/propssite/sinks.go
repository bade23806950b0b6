package propssite

import (
	"go/types"

	"github.com/ssrlint/ssrlint/internal/config"
	"github.com/ssrlint/ssrlint/internal/jsonshape"
)

// configuredSink returns the CallSpec of fn when .ssrlint.yml lists it
// under props-sinks ("import/path.Func" or "import/path.Type.Method").
func configuredSink(cfg *config.Config, fn *types.Func) *CallSpec {
	if len(cfg.PropsSinks) == 0 || fn.Pkg() == nil {
		return nil
	}
	name := fn.Pkg().Path() + "." + fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		named, ok := jsonshape.Deref(recv.Type()).(*types.Named)
		if !ok {
			return nil
		}
		name = fn.Pkg().Path() + "." + named.Obj().Name() + "." + fn.Name()
	}
	for _, s := range cfg.PropsSinks {
		if s.Func == name && s.Arg < fn.Signature().Params().Len() {
			return &CallSpec{Kind: "props", Name: fn.Name(), Value: s.Arg, Key: -1, Root: jsonshape.Root("Props")}
		}
	}
	return nil
}
