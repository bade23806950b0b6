// Package home is in a module that disables selfapi: its run is not
// called, so neither the function nor the directive without a reason is
// reported.
package home

//ssrlint:ignore selfapi
func helper() {}
