// Package about is a page without props functions: fine for the client.
package about

func Render() string { return "about" }
