// Package propssite knows the props sites of a Go web app: the calls and
// declarations that serialize Go values into the HTML or JS the browser
// receives. A site has props values (what gets serialized, with their
// static type and, where SSA has it, the value itself), a handler (the
// enclosing function, the analog of a props function), a position, the
// name of the adapter that recognised it and, when known, its route.
// sensitiveprops and propsjson check every site the same way, whatever
// the framework.
//
// # Adding an adapter
//
// One framework is one file of this package that registers an Adapter in
// its init function:
//
//   - Decls, for sites that are declarations (the pages convention's
//     props functions: see pages.go);
//   - Call, for sites that are calls: given the called function (matched
//     by import path, receiver and name, and checked against the real
//     signature), it returns a CallSpec saying which argument is
//     serialized, under which key, as what (see gonertia.go);
//   - Resolve, when the framework replaces values before encoding them
//     (lazy props whose closure's result is what the page receives).
//
// Then add its testdata: a stub of the framework under the analyzers'
// testdata/src with the real import path and the real signatures, and an
// app using it with `// want` for each reported case and a silent twin
// beside it. Document what is recognised, and what is not, in
// docs/frameworks/<name>.md.
package propssite
