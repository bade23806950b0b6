package stats // want package:`routes: /api/stats api/stats.Serve`

// stats is an API route package no page imports: pages find it on disk by
// the convention.

import (
	"net/http"
	web "net/http"
)

func Serve(w web.ResponseWriter, r *http.Request) {}

// helper has no handler signature.
func Helper(w http.ResponseWriter) {}
