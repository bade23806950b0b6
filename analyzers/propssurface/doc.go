// Package propssurface defines an Analyzer that describes what each props
// site ships to the browser, and reports what a props lock does not record.
//
// # Analyzer propssurface
//
// propssurface: every JSON path a page sends to the browser is in the props lock
//
// For each props site of a package (every adapter of internal/propssite:
// the pages convention's props functions, framework render calls), the
// analyzer computes the site's surface: the JSON paths the browser
// receives (props.author.email, props.items[].publicKey), each with its Go
// type, where it comes from (the struct field, or the expression stored
// into an interface-typed part of the props) and its marks: sensitive
// (what sensitiveprops deems a secret, and why), derived (text built from
// other values), opaque (a type with its own MarshalJSON or MarshalText)
// and unbounded (an interface-typed part whose contents are decided at run
// time). Paths are those encoding/json writes: exported fields, embedded
// structs promoted, json:"-" and unexported fields left out; field order
// does not matter. The surface is exported as a package fact, which
// `ssrlint props` collects, prints and locks.
//
// When the configuration names a lock file (props-lock in .ssrlint.yml, or
// `ssrlint -props-lock props.lock`), each path that the lock does not
// record for its site, and each path whose Go type differs from the
// recorded one, is reported: at the field's declaration when it is in the
// package, else at the site with the declaration as related information.
// Without a lock file the analyzer reports nothing.
package propssurface
