// Package dups has fields that encoding/json drops for sharing a name.
package dups

import (
	"context"
	"net/http"
)

type Post struct {
	ID    int
	Title string
}

type Author struct {
	ID   int
	Name string
}

type Card struct {
	Post
	Author
}

type Page struct {
	Slug  string `json:"id"`
	Title string `json:"id"`
}

// Shadow: the outer field wins over the promoted one, as Go intends: silent.
type Shadow struct {
	Post
	Title string
}

// Tagged: the tagged field wins over the untagged one: silent.
type Tagged struct {
	Post
	Heading string `json:"Title"`
	Title   string `json:"-"`
}

type Props struct {
	Card   Card
	Pages  []Page
	Shadow Shadow
	Tagged Tagged
}

func GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) { // want `Props\.Card: Post\.ID and Author\.ID share the JSON name "ID" at the same depth, so encoding/json silently drops them all; rename one with a json tag` `Props\.Pages\[\]: Slug and Title share the JSON name "id"`
	return Props{}, nil
}
