// Package templ stands in for github.com/a-h/templ in tests: the real
// import path and the signatures ssrlint looks at, written for ssrlint,
// with no behaviour.
package templ

import (
	"context"
	"io"
)

type Component interface {
	Render(ctx context.Context, w io.Writer) error
}

type ComponentFunc func(ctx context.Context, w io.Writer) error

func (cf ComponentFunc) Render(ctx context.Context, w io.Writer) error { return cf(ctx, w) }

// Error is what generated code returns when an expression fails: it
// records the expression's position in the .templ file.
type Error struct {
	Err      error
	FileName string
	Line     int
	Col      int
}

func (e Error) Error() string { return e.FileName }

type JSONScriptElement struct {
	ID    string
	Type  string
	Data  any
	Nonce func(ctx context.Context) string
}

func JSONScript(id string, data any) JSONScriptElement { return JSONScriptElement{ID: id, Data: data} }

func (j JSONScriptElement) Render(ctx context.Context, w io.Writer) (err error) { return nil }

func JSONString(v any) (string, error) { return "", nil }

type ComponentScript struct {
	Name       string
	Function   string
	Call       string
	CallInline string
}

func JSFuncCall[T ~string](functionName T, args ...any) ComponentScript { return ComponentScript{} }

func SafeScript(functionName string, params ...any) string { return "" }

func SafeScriptInline(functionName string, params ...any) string { return "" }

type stringable interface {
	~string
}

func JoinStringErrs[T stringable](s T, errs ...error) (string, error) { return string(s), nil }

func EscapeString[T ~string](s T) string { return string(s) }

func InitializeContext(ctx context.Context) context.Context { return ctx }

func ClearChildren(ctx context.Context) context.Context { return ctx }
