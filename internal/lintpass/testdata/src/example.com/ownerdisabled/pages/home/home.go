// Package home is a page whose module disables the analyzer
// that owns broken directives (selfapi in these tests).
package home

import "context"

type Props struct{ Title string }

/* want `//ssrlint:ignored is not an ssrlint directive` */ //ssrlint:ignored selfapi the old router calls this
func GetServerSideProps(ctx context.Context) (Props, error) {
	return Props{Title: "home"}, nil
}

/* want `//ssrlint:ignore names an unknown analyzer in "selfapii legacy client"` */ //ssrlint:ignore	selfapii legacy client
func fetchLegacy() {}
