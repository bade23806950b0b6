// Package home is a page whose module enables every analyzer: the owner
// of directives (selfapi in these tests) reports the broken ones below.
package home

import "context"

type Props struct{ Title string }

//ssrlint:ignored selfapi the old router calls this
func GetServerSideProps(ctx context.Context) (Props, error) {
	return Props{Title: "home"}, nil
}

//ssrlint:ignore	selfapii legacy client
func fetchLegacy() {}
