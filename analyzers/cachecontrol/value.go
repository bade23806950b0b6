package cachecontrol

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/ssrlint/ssrlint/internal/cachehdr"
	"github.com/ssrlint/ssrlint/internal/gotypes"
)

// A value is the text a string expression evaluates to. Text that could
// not be evaluated is a cachehdr.Hole; pieces copied from string literals
// remember where they are in the source, so a fix can rewrite them.
type value struct {
	text string
	segs []segment
}

// segment says that text[start:end] is the source text at pos.
type segment struct {
	start, end int
	pos        token.Pos
}

var hole = value{text: string(cachehdr.Hole)}

// appendRange appends w.text[from:to] to v.
func (v *value) appendRange(w value, from, to int) {
	base := len(v.text)
	v.text += w.text[from:to]
	for _, s := range w.segs {
		lo, hi := max(s.start, from), min(s.end, to)
		if lo < hi {
			v.segs = append(v.segs, segment{start: base + lo - from, end: base + hi - from, pos: s.pos + token.Pos(lo-s.start)})
		}
	}
}

func (v *value) append(w value) { v.appendRange(w, 0, len(w.text)) }

// source returns the source range of text[start:end] when it lies in one
// literal piece.
func (v value) source(start, end int) (token.Pos, token.Pos, bool) {
	for _, s := range v.segs {
		if s.start <= start && end <= s.end {
			return s.pos + token.Pos(start-s.start), s.pos + token.Pos(end-s.start), true
		}
	}
	return token.NoPos, token.NoPos, false
}

// maxDepth bounds how many named constants and variables are followed.
const maxDepth = 8

// An evaluator evaluates string expressions of one package: constants,
// concatenation, fmt.Sprintf, strconv.Itoa, strings.Join, and constants
// and variables assigned exactly once in the package. It does not guess:
// anything else is a hole.
type evaluator struct {
	info *types.Info
	defs map[types.Object]ast.Expr // the one expression a const or var is ever given
}

func newEvaluator(info *types.Info, files []*ast.File) *evaluator {
	return &evaluator{info: info, defs: singleDefinitions(info, files)}
}

func (e *evaluator) eval(x ast.Expr) value { return e.evalDepth(x, 0) }

func (e *evaluator) evalDepth(x ast.Expr, depth int) value {
	if depth > maxDepth {
		return e.constant(x)
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.BasicLit:
		return literal(x)
	case *ast.BinaryExpr:
		if x.Op == token.ADD && gotypes.IsString(e.info.TypeOf(x)) {
			var v value
			v.append(e.evalDepth(x.X, depth+1))
			v.append(e.evalDepth(x.Y, depth+1))
			return v
		}
	case *ast.Ident:
		if def, ok := e.defs[e.info.Uses[x]]; ok {
			return e.evalDepth(def, depth+1)
		}
	case *ast.CallExpr:
		if v, ok := e.call(x, depth); ok {
			return v
		}
	}
	return e.constant(x)
}

// constant returns the constant value of x without source positions, or
// a hole.
func (e *evaluator) constant(x ast.Expr) value {
	if tv, ok := e.info.Types[x]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return value{text: constant.StringVal(tv.Value)}
	}
	return hole
}

func literal(lit *ast.BasicLit) value {
	s, err := strconv.Unquote(lit.Value)
	if err != nil || lit.Kind != token.STRING {
		return hole
	}
	v := value{text: s}
	// Only a literal without escapes maps byte for byte to its source.
	if lit.Value[1:len(lit.Value)-1] == s && s != "" {
		v.segs = []segment{{start: 0, end: len(s), pos: lit.Pos() + 1}}
	}
	return v
}

// call evaluates the calls that build header values.
func (e *evaluator) call(call *ast.CallExpr, depth int) (value, bool) {
	fn := typeutil.StaticCallee(e.info, call)
	if fn == nil || fn.Pkg() == nil {
		return value{}, false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "fmt.Sprintf":
		return e.sprintf(call, depth), true
	case "strconv.Itoa":
		return e.integer(call.Args[0]), true
	case "strconv.FormatInt", "strconv.FormatUint":
		if base := e.integer(call.Args[1]); base.text != "10" {
			return hole, true
		}
		return e.integer(call.Args[0]), true
	case "strings.Join":
		return e.join(call, depth), true
	}
	return value{}, false
}

// integer formats a constant integer in decimal; anything else is a hole.
func (e *evaluator) integer(x ast.Expr) value {
	if tv, ok := e.info.Types[x]; ok && tv.Value != nil && tv.Value.Kind() == constant.Int {
		return value{text: tv.Value.ExactString()}
	}
	return hole
}

// join evaluates strings.Join of a slice literal.
func (e *evaluator) join(call *ast.CallExpr, depth int) value {
	elems, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
	if !ok {
		return hole
	}
	sep := e.evalDepth(call.Args[1], depth+1)
	var v value
	for i, el := range elems.Elts {
		if i > 0 {
			v.append(sep)
		}
		v.append(e.evalDepth(el, depth+1))
	}
	return v
}

// sprintf evaluates fmt.Sprintf with a known format. Plain %s, %v and %d
// verbs take their argument's value; a verb with flags, width or an
// argument index makes the whole value a hole.
func (e *evaluator) sprintf(call *ast.CallExpr, depth int) value {
	if call.Ellipsis.IsValid() || len(call.Args) == 0 {
		return hole
	}
	format := e.evalDepth(call.Args[0], depth+1)
	if strings.IndexByte(format.text, cachehdr.Hole) >= 0 {
		return hole
	}
	args := call.Args[1:]
	var v value
	f := format.text
	from := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		v.appendRange(format, from, i)
		if i+1 >= len(f) {
			return hole
		}
		verb := f[i+1]
		i++
		from = i + 1
		if verb == '%' {
			v.text += "%"
			continue
		}
		if len(args) == 0 || strings.IndexByte("sdv", verb) < 0 {
			return hole
		}
		v.append(e.formatArg(args[0], verb, depth))
		args = args[1:]
	}
	v.appendRange(format, from, len(f))
	return v
}

func (e *evaluator) formatArg(arg ast.Expr, verb byte, depth int) value {
	t := e.info.TypeOf(arg)
	switch {
	case gotypes.IsString(t) && verb != 'd':
		return e.evalDepth(arg, depth+1)
	case isInteger(t) && verb != 's':
		return e.integer(arg)
	}
	return hole
}

func isInteger(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}
