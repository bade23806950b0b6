// Package inertia is an in-repo copy of gonertia v1.0, whose context props
// were methods.
package inertia

import (
	"context"
	"net/http"
)

type Props map[string]any

type Inertia struct{ shared Props }

func (i *Inertia) Render(w http.ResponseWriter, r *http.Request, component string, props Props) error {
	return nil
}

func (i *Inertia) WithProp(ctx context.Context, key string, val any) context.Context { return ctx }

func (i *Inertia) WithProps(ctx context.Context, props Props) context.Context { return ctx }
