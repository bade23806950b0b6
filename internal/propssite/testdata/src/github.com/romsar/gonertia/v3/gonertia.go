// Package gonertia is a stub of github.com/romsar/gonertia/v3: the
// declarations ssrlint's tests call. ViteInstance embeds *Inertia, so its
// Render is Inertia's.
package gonertia

import (
	"context"
	"net/http"
)

type Props map[string]any

type Inertia struct{ shared Props }

type ViteInstance struct {
	*Inertia
	entry string
}

func (i *Inertia) Render(w http.ResponseWriter, r *http.Request, component string, props ...Props) error {
	return nil
}

func (i *Inertia) ShareProp(key string, val any) {}

func SetProps(ctx context.Context, props Props) context.Context { return ctx }
