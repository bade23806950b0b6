// Package inertia is a stub of github.com/petaki/inertia-go v1.14.1: the
// declarations ssrlint's tests call, with the real signatures.
package inertia

import (
	"context"
	"io/fs"
	"net/http"
)

type Inertia struct{ url string }

func New(url, rootTemplate, version string, templateFS ...fs.FS) *Inertia { return &Inertia{url: url} }

func (i *Inertia) Share(key string, value interface{}) {}

func (i *Inertia) ShareFunc(key string, value interface{}) {}

func (i *Inertia) ShareViewData(key string, value interface{}) {}

func (i *Inertia) WithProp(ctx context.Context, key string, value interface{}) context.Context {
	return ctx
}

func (i *Inertia) WithOptionalProp(ctx context.Context, key string, value func() any) context.Context {
	return ctx
}

func (i *Inertia) WithDeferredProp(ctx context.Context, key string, value func() any, group ...string) context.Context {
	return ctx
}

func (i *Inertia) WithFlashProp(ctx context.Context, data map[string]any) context.Context { return ctx }

func (i *Inertia) WithClearHistory(ctx context.Context) context.Context { return ctx }

func (i *Inertia) WithViewData(ctx context.Context, key string, value interface{}) context.Context {
	return ctx
}

func (i *Inertia) Render(w http.ResponseWriter, r *http.Request, component string, props map[string]interface{}) error {
	return nil
}

func (i *Inertia) Location(w http.ResponseWriter, r *http.Request, url string) {}
