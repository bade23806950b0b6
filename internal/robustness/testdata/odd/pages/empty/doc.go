// Package empty is a page package with nothing but its documentation.
package empty
