package cachecontrol

import (
	_ "embed"
	"fmt"
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/ssrlint/ssrlint/internal/cachehdr"
	"github.com/ssrlint/ssrlint/internal/lintpass"
)

//go:embed doc.go
var doc string

// Analyzer checks Cache-Control values and shared caching of per-user pages.
var Analyzer = lintpass.New(lintpass.Spec{
	Name:      "cachecontrol",
	DocGo:     doc,
	FactTypes: []analysis.Fact{new(identityFact), new(setterFact)},
	Run:       run,
})

func run(p *lintpass.Pass) (any, error) {
	c := &checker{p: p, id: newIdentity(p), reported: map[string]bool{}}
	writes := findHeaderWrites(p.TypesInfo, p.Files, "Cache-Control", "Vary")
	c.vary = varyWrites(writes) // setterWrites reads it (c.varies)
	extra := c.setterWrites(writes)
	writes = append(writes, extra...)
	c.vary = append(c.vary, varyWrites(extra)...)
	for _, w := range writes {
		if w.key == "Cache-Control" {
			c.checkWrite(w)
		}
	}
	return nil, nil
}

type checker struct {
	p        *lintpass.Pass
	id       *identity
	eval     *evaluator // built on first use: most packages write no header
	vary     []headerWrite
	reported map[string]bool // position and message: a constant used twice is reported once
}

func (c *checker) evaluate(x ast.Expr) value {
	if c.eval == nil {
		c.eval = newEvaluator(c.p.TypesInfo, c.p.Files)
	}
	return c.eval.eval(x)
}

// checkWrite checks the values of one Cache-Control write. Several values
// are several field lines, which mean the same as one line joining them
// with commas (RFC 9110 §5.3).
func (c *checker) checkWrite(w headerWrite) {
	var v value
	for i, x := range w.values {
		if i > 0 {
			v.text += ", "
		}
		v.append(c.evaluate(x))
	}
	for _, prob := range cachehdr.Check(v.text) {
		c.report(w, v, prob)
	}
	c.checkShared(w, v)
}

// report reports a problem of the value v written by w at the literal
// text it is about when there is one, with the fix when its text is
// literal too.
func (c *checker) report(w headerWrite, v value, prob cachehdr.Problem) {
	pos, end, ok := v.source(prob.Start, prob.End)
	if !ok {
		pos, end = w.values[0].Pos(), w.values[len(w.values)-1].End()
	}
	d := analysis.Diagnostic{Pos: pos, End: end, Message: fmt.Sprintf("Cache-Control %s: %s", show(v.text), prob.Message)}
	if fix := prob.Fix; fix != nil {
		if fpos, fend, ok := v.source(fix.Start, fix.End); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   fix.Message,
				TextEdits: []analysis.TextEdit{{Pos: fpos, End: fend, NewText: []byte(fix.New)}},
			}}
		}
	}
	key := fmt.Sprint(pos, d.Message)
	if c.reported[key] {
		return
	}
	c.reported[key] = true
	c.p.Report(d)
}

// show quotes a value for a message, with "…" for what is not known.
func show(text string) string {
	return fmt.Sprintf("%q", strings.ReplaceAll(text, string(cachehdr.Hole), "…"))
}

// checkShared reports a response that shared caches may store although
// the function writing it reads the user's identity and does not vary on
// it.
func (c *checker) checkShared(w headerWrite, v value) {
	dirs := cachehdr.Parse(v.text)
	shared := cachehdr.Find(dirs, "public") != nil || cachehdr.Find(dirs, "s-maxage") != nil
	if !shared || w.fn == nil || cachehdr.Find(dirs, "private") != nil || cachehdr.Find(dirs, "no-store") != nil {
		return
	}
	if nc := cachehdr.Find(dirs, "no-cache"); nc != nil && !nc.HasArg {
		return // every reuse is revalidated with the server
	}
	via := c.id.readsIn(w.fn)
	if via == "" || w.varied || c.varies(w.fn) {
		return
	}
	c.p.Reportf(w.values[0].Pos(), "Cache-Control %s lets a shared cache (CDN) serve this user's page to other users: the response depends on %s; use private, or set Vary: Cookie (or Authorization) on the response",
		show(v.text), via)
}

func varyWrites(writes []headerWrite) []headerWrite {
	var out []headerWrite
	for _, w := range writes {
		if w.key == "Vary" {
			out = append(out, w)
		}
	}
	return out
}

// varies reports whether fn sets a Vary field that names the request's
// credentials, or one whose value is not known.
func (c *checker) varies(fn ast.Node) bool {
	for _, w := range c.vary {
		if w.fn != fn {
			continue
		}
		for _, x := range w.values {
			text := c.evaluate(x).text
			if strings.IndexByte(text, cachehdr.Hole) >= 0 {
				return true
			}
			for field := range strings.SplitSeq(text, ",") {
				switch strings.ToLower(strings.TrimSpace(field)) {
				case "cookie", "authorization", "*":
					return true
				}
			}
		}
	}
	return false
}
