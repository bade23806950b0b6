package propssite

import (
	"fmt"
	"go/types"
	"slices"
	"strings"

	"github.com/ssrlint/ssrlint/internal/gotypes"
	"github.com/ssrlint/ssrlint/internal/jsonshape"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Render helpers: a function whose parameter reaches a props site is a
// props site for its callers (func (a *App) page(w, r, name string, data
// gonertia.Props)), and a function whose result carries its parameters
// (func PageOf[T any](items []T) gonertia.Props) passes them on to the
// site its result reaches. Within a package SSA shows both; across
// packages a helperFact says it.

// HelperFact is what an exported function is as a render helper or a
// props builder. A fact type belongs to one analyzer, so each analyzer
// calling Find declares its own fact type embedding HelperFact:
//
//	type helperFact struct{ propssite.HelperFact }
type HelperFact struct {
	Sinks   []ParamSink // parameters that reach a site
	Returns []int       // parameters its first result carries
}

// Fact is an analyzer's fact type embedding HelperFact.
type Fact interface {
	analysis.Fact
	Helper() *HelperFact
}

// AFact makes types embedding HelperFact facts.
func (*HelperFact) AFact() {}

// Helper returns the fact's HelperFact.
func (f *HelperFact) Helper() *HelperFact { return f }

func (f *HelperFact) String() string {
	var parts []string
	for _, ps := range f.Sinks {
		parts = append(parts, fmt.Sprintf("param %d → %s (%s)", ps.Index, ps.JSON, ps.Name))
	}
	for _, i := range f.Returns {
		parts = append(parts, fmt.Sprintf("result ← param %d", i))
	}
	return "props helper: " + strings.Join(parts, "; ")
}

// ParamSink is a parameter of a render helper that reaches a site.
type ParamSink struct {
	Index        int // receiver excluded
	Kind, Name   string
	GoPath, JSON string // where it lands
	Typed        bool   // the helper's own site walks its type
	Adapter      string // the adapter of the site it reaches
}

// maxHelperRounds bounds how many times helpers found in a package make
// new sites in it (a helper calling a helper calling the framework).
const maxHelperRounds = 4

// learnHelpers records the parameters of each site's handler that reach
// the site, and reports whether it learned a new one.
func (f *finder) learnHelpers() bool {
	learned := false
	for _, s := range f.sites {
		obj := handlerObject(s.Handler)
		if obj == nil {
			continue
		}
		for _, v := range s.Values {
			if v.SSA == nil {
				continue
			}
			s.Flows(v, func(fl jsonshape.Flow) {
				p, ok := fl.Value.(*ssa.Parameter)
				if !ok || fl.Stringified || p.Parent() != s.Handler {
					return
				}
				if f.addSink(obj, s, p, fl.Path) {
					learned = true
				}
			})
		}
	}
	return learned
}

// handlerObject returns the declared function fn is, or nil for a
// function literal or a synthetic function.
func handlerObject(fn *ssa.Function) *types.Func {
	if fn == nil || fn.Parent() != nil || fn.Synthetic != "" {
		return nil
	}
	obj, _ := fn.Object().(*types.Func)
	return obj
}

// addSink records that parameter p of obj reaches site s at path.
func (f *finder) addSink(obj *types.Func, s *Site, p *ssa.Parameter, path jsonshape.Path) bool {
	index := slices.Index(s.Handler.Params, p)
	if obj.Signature().Recv() != nil {
		index--
	}
	if index < 0 {
		return false
	}
	fact := f.localFact(obj)
	for _, ps := range fact.Sinks {
		if ps.Index == index {
			return false
		}
	}
	fact.Sinks = append(fact.Sinks, ParamSink{
		Index: index, Kind: s.Kind, Name: s.Name, GoPath: path.Go, JSON: path.JSON,
		Typed:   !types.IsInterface(p.Type()) && !jsonshape.HoldsTypeParam(p.Type()),
		Adapter: s.Adapter,
	})
	return true
}

func (f *finder) localFact(obj *types.Func) *HelperFact {
	fact := f.local[obj]
	if fact == nil {
		fact = new(HelperFact)
		f.local[obj] = fact
	}
	return fact
}

// factOf returns what is known of obj as a helper: learned here, or a
// fact of its package.
func (f *finder) factOf(obj *types.Func) *HelperFact {
	if fact := f.local[obj]; fact != nil {
		return fact
	}
	if obj.Pkg() == f.pass.Pkg || f.newFact == nil {
		return nil
	}
	fact := f.newFact()
	if f.pass.ImportObjectFact(obj, fact) {
		return fact.Helper()
	}
	return nil
}

// helperSite returns the site a call to a render helper is.
func helperSite(fn *ssa.Function, call *ssa.Call, obj *types.Func, fact *HelperFact) *Site {
	args := call.Call.Args
	if obj.Signature().Recv() != nil {
		args = args[1:]
	}
	var s *Site
	for _, ps := range fact.Sinks {
		if ps.Index >= len(args) {
			continue
		}
		if s == nil {
			s = &Site{Adapter: ps.Adapter, Kind: ps.Kind, Name: obj.Name() + " → " + ps.Name, Handler: fn, Pos: call.Pos()}
		}
		arg := args[ps.Index]
		s.Values = append(s.Values, Value{
			Type: staticType(arg), Path: jsonshape.Path{Go: ps.GoPath, JSON: ps.JSON}, SSA: arg, Pos: call.Pos(), Untyped: ps.Typed,
		})
	}
	return s
}

// learnReturns records, for each exported function of the package whose
// first result is a props map, the parameters that result carries.
func (f *finder) learnReturns(funcs []*ssa.Function) {
	for _, fn := range funcs {
		obj := handlerObject(fn)
		if obj == nil || !obj.Exported() || !returnsPropsMap(obj) {
			continue
		}
		var carried []int
		jsonshape.Flows(fn, fn.Signature.Results().At(0).Type(), jsonshape.Root("Props"), func(fl jsonshape.Flow) {
			p, ok := fl.Value.(*ssa.Parameter)
			if !ok || fl.Stringified || p.Parent() != fn {
				return
			}
			index := slices.Index(fn.Params, p)
			if obj.Signature().Recv() != nil {
				index--
			}
			if index >= 0 && !slices.Contains(carried, index) {
				carried = append(carried, index)
			}
		})
		if len(carried) > 0 {
			slices.Sort(carried)
			f.localFact(obj).Returns = carried
		}
	}
}

// propsMap reports whether t is a map from strings to interface values:
// the shape of every framework's props.
func propsMap(t types.Type) bool {
	m, ok := t.Underlying().(*types.Map)
	return ok && gotypes.IsString(m.Key()) && types.IsInterface(m.Elem())
}

// returnsResolver resolves a call to an imported props builder into the
// arguments its result carries.
func (f *finder) returnsResolver(v ssa.Value) ([]ssa.Value, bool) {
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil, false
	}
	obj := calleeObject(call.Common())
	if obj == nil || obj.Pkg() == f.pass.Pkg {
		return nil, false // SSA follows the package's own functions
	}
	fact := f.factOf(obj)
	if fact == nil || len(fact.Returns) == 0 {
		return nil, false
	}
	args := call.Call.Args
	if obj.Signature().Recv() != nil {
		args = args[1:]
	}
	var out []ssa.Value
	for _, i := range fact.Returns {
		if i < len(args) {
			out = append(out, args[i])
		}
	}
	return out, true
}

// exportFacts exports what the package's exported functions are as
// helpers.
func (f *finder) exportFacts() {
	if f.newFact == nil {
		return
	}
	for obj, fact := range f.local {
		if obj.Exported() && obj.Pkg() == f.pass.Pkg {
			out := f.newFact()
			*out.Helper() = *fact
			f.pass.ExportObjectFact(obj, out)
		}
	}
}

// chain returns a resolver trying a, then b.
func chain(a, b jsonshape.Resolver) jsonshape.Resolver {
	if a == nil {
		return b
	}
	return func(v ssa.Value) ([]ssa.Value, bool) {
		if vals, ok := a(v); ok {
			return vals, ok
		}
		return b(v)
	}
}
