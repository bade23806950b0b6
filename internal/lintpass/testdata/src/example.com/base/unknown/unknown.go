// Package unknown names analyzers that do not exist: the analyzer that
// owns the directives (lintpass.OwnDirectives) reports each one once.
package unknown

/* want `//ssrlint:ignore names an unknown analyzer in "selfapii legacy client"` */ //ssrlint:ignore selfapii legacy client
func legacy() {} // want `func legacy`
