// Package robustness holds no code, only tests: ssrlint run end to end
// (its driver, go vet, the unitchecker protocol, every analyzer of the
// suite) over a module of odd packages — type errors, syntax errors, cgo,
// generated files, files only built with a tag, packages that build
// constraints empty, a documentation-only package, assembly-backed
// functions without a body, self-referential props types, generics,
// iterators — must report no finding where there is nothing to report,
// never crash, and tell a package that does not build apart from an
// analyzer failure. A panicking analyzer must become a tool error that
// names the package while the others still report.
package robustness
