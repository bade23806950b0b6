// Package legacy writes page data with an in-house renderer, declared under
// props-sinks in .ssrlint.yml.
package legacy

import "net/http"

func Render(w http.ResponseWriter, data any) {}

func Log(w http.ResponseWriter, data any) {}
