// Package gonertia is a stub of github.com/romsar/gonertia/v2: the
// declarations ssrlint's tests call, with the real signatures.
package gonertia

import (
	"context"
	"net/http"
)

type Props map[string]any

type TemplateData map[string]any

type ValidationErrors map[string]any

type OptionalProp struct{ Value any }

type LazyProp = OptionalProp

type DeferProp struct {
	Value any
	Group string
}

type AlwaysProp struct{ Value any }

type MergeProps struct{ Value any }

func Optional(value any) OptionalProp { return OptionalProp{Value: value} }

func Lazy(value any) LazyProp { return LazyProp{Value: value} }

func Defer(value any, group ...string) DeferProp { return DeferProp{Value: value} }

func Always(value any) AlwaysProp { return AlwaysProp{Value: value} }

func Merge(value any) MergeProps { return MergeProps{Value: value} }

type Option func(i *Inertia) error

type Inertia struct{ shared Props }

func New(rootTemplateHTML string, opts ...Option) (*Inertia, error) { return &Inertia{}, nil }

func (i *Inertia) Render(w http.ResponseWriter, r *http.Request, component string, props ...Props) error {
	return nil
}

func (i *Inertia) Redirect(w http.ResponseWriter, r *http.Request, url string, status ...int) {}

func (i *Inertia) ShareProp(key string, val any) {}

func (i *Inertia) ShareTemplateData(key string, val any) {}

func SetProp(ctx context.Context, key string, val any) context.Context { return ctx }

func SetProps(ctx context.Context, props Props) context.Context { return ctx }

func SetTemplateDatum(ctx context.Context, key string, val any) context.Context { return ctx }

func SetValidationError(ctx context.Context, key string, msg string) context.Context { return ctx }

func SetEncryptHistory(ctx context.Context, encrypt ...bool) context.Context { return ctx }
