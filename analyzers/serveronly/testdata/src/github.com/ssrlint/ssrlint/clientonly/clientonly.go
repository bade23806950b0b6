// Package clientonly is a stub of ssrlint's client marker package.
package clientonly
