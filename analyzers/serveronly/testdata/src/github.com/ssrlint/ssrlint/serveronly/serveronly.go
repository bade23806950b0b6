// Package serveronly is a stub of ssrlint's server-only marker package.
package serveronly
