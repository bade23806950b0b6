package cart

import (
	"encoding/json"

	// VIOLATION (serveronly): the browser build imports the post page to
	// reuse its Props type when it hydrates. The page is server-only (it has
	// GetStaticProps), so the page, the store behind it and whatever they
	// import ship to every visitor. Fix: move Props and store.Post into a
	// package with no server imports, shared by the page and the client.
	postpage "example.com/blog/pages/posts"
)

// FromProps decodes the props the server embedded in the page
// (<script id="__PROPS__">) into a reading-list item.
func FromProps(data []byte) (Item, error) {
	var p postpage.Props
	if err := json.Unmarshal(data, &p); err != nil {
		return Item{}, err
	}
	return Item{Slug: p.Post.Slug, Title: p.Post.Title}, nil
}
