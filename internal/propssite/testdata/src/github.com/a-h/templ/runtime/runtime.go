// Package runtime stands in for github.com/a-h/templ/runtime in tests: the
// real import path and the signatures ssrlint looks at, written for
// ssrlint, with no behaviour.
package runtime

import (
	"context"
	"io"

	"github.com/a-h/templ"
)

type GeneratedComponentInput struct {
	Context context.Context
	Writer  io.Writer
}

func GeneratedTemplate(f func(GeneratedComponentInput) error) templ.Component {
	return templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		return f(GeneratedComponentInput{ctx, w})
	})
}

func ScriptContentOutsideStringLiteral[T any](v T, errs ...error) (string, error) { return "", nil }

func ScriptContentInsideStringLiteral[T any](v T, errs ...error) (string, error) { return "", nil }

func ScriptContentInsideTemplateLiteral[T any](v T, errs ...error) (string, error) { return "", nil }

func ScriptContentInsideRegexp[T any](v T, errs ...error) (string, error) { return "", nil }

func WriteString(w io.Writer, index int, s string) error { return nil }
