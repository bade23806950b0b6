package stats // want package:`routes: /api/stats api/stats.Serve`

import "net/http"

// Serve answers GET /api/stats: stats is an API route package by the
// pages convention.
func Serve(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{"visits": 1}`)) }
