// Package cart is browser code (built with GOOS=js GOARCH=wasm): everything
// it imports ships to every visitor.
//
//ssrlint:client
package cart

// Item is a line of the reading list the browser keeps.
type Item struct {
	Slug  string `json:"slug"`
	Title string `json:"title"`
}

// Add appends an item unless it is already listed.
func Add(items []Item, it Item) []Item {
	for _, have := range items {
		if have.Slug == it.Slug {
			return items
		}
	}
	return append(items, it)
}
