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

type Buffer struct {
	Underlying io.Writer
}

func (b *Buffer) Write(p []byte) (n int, err error) { return len(p), nil }

func (b *Buffer) WriteString(s string) (n int, err error) { return len(s), nil }

func GetBuffer(w io.Writer) (b *Buffer, existing bool) { return &Buffer{Underlying: w}, false }

func ReleaseBuffer(w io.Writer) (err error) { return nil }

type attributeValue interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~complex64 | ~complex128 |
		~string | ~bool |
		templ.ComponentScript
}

type AttributeExpression[T attributeValue] struct {
	Value T
	Err   error
}

func NewAttributeExpression[T attributeValue](v T, errs ...error) AttributeExpression[T] {
	return AttributeExpression[T]{Value: v}
}

func (e AttributeExpression[T]) Resolve(ctx context.Context) (string, error) { return "", nil }
