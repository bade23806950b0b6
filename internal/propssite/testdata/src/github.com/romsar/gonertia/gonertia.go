// Package gonertia is a stub of github.com/romsar/gonertia v1.3: the
// declarations ssrlint's tests call, with the real signatures.
package gonertia

import (
	"context"
	"net/http"
)

type Props map[string]any

type TemplateData map[string]any

type ValidationErrors map[string]any

type LazyProp struct{ Value any }

type AlwaysProp struct{ Value any }

type Option func(i *Inertia) error

type Inertia struct{ shared Props }

func New(rootTemplateHTML string, opts ...Option) (*Inertia, error) { return &Inertia{}, nil }

func (i *Inertia) Middleware(next http.Handler) http.Handler { return next }

func (i *Inertia) Render(w http.ResponseWriter, r *http.Request, component string, props ...Props) error {
	return nil
}

func (i *Inertia) Location(w http.ResponseWriter, r *http.Request, url string, status ...int) {}

func (i *Inertia) ShareProp(key string, val any) {}

func (i *Inertia) SharedProp(key string) (any, bool) { return nil, false }

func (i *Inertia) ShareTemplateData(key string, val any) {}

func (i *Inertia) ShareTemplateFunc(key string, val any) {}

func SetProp(ctx context.Context, key string, val any) context.Context { return ctx }

func SetProps(ctx context.Context, props Props) context.Context { return ctx }

func PropsFromContext(ctx context.Context) Props { return nil }

func SetTemplateData(ctx context.Context, templateData TemplateData) context.Context { return ctx }

func SetTemplateDatum(ctx context.Context, key string, val any) context.Context { return ctx }

func SetValidationErrors(ctx context.Context, errors ValidationErrors) context.Context { return ctx }

func AddValidationErrors(ctx context.Context, errors ValidationErrors) context.Context { return ctx }

func SetValidationError(ctx context.Context, key string, msg string) context.Context { return ctx }
