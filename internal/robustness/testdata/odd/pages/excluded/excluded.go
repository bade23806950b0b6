//go:build ssrlint_never

// Package excluded has only files that build constraints exclude.
package excluded

func GetServerSideProps() {}
