package handlers

import (
	"net/http"
	"strings"

	inertia "github.com/petaki/inertia-go"
)

func Petaki(i *inertia.Inertia, w http.ResponseWriter, r *http.Request) {
	i.Share("app", "shop")                                                      // want `inertia-go shared props inertia.\(\*Inertia\).Share: props.app string`
	i.ShareFunc("upper", strings.ToUpper)                                       // template functions run on the server
	i.ShareViewData("env", "prod")                                              // want `inertia-go template data inertia.\(\*Inertia\).ShareViewData: templateData.env string`
	ctx := i.WithProp(r.Context(), "user", "ada")                               // want `inertia-go context props inertia.\(\*Inertia\).WithProp: props.user string`
	ctx = i.WithOptionalProp(ctx, "stats", func() any { return 1 })             // want `inertia-go context props inertia.\(\*Inertia\).WithOptionalProp: props.stats func\(\) any`
	ctx = i.WithDeferredProp(ctx, "feed", func() any { return nil }, "sidebar") // want `inertia-go context props inertia.\(\*Inertia\).WithDeferredProp: props.feed func\(\) any`
	ctx = i.WithFlashProp(ctx, map[string]any{"ok": "saved"})                   // want `inertia-go flash data inertia.\(\*Inertia\).WithFlashProp: flash map\[string\]any`
	ctx = i.WithClearHistory(ctx)
	ctx = i.WithViewData(ctx, "title", "Ada")                 // want `inertia-go template data inertia.\(\*Inertia\).WithViewData: templateData.title string`
	i.Render(w, r.WithContext(ctx), "Home", map[string]any{}) // want `inertia-go props inertia.\(\*Inertia\).Render: props map\[string\]any`
	i.Location(w, r, "/")
}
