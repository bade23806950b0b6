// Package serveronly defines an Analyzer that keeps server-only code out
// of client (browser/WASM) packages.
//
// # Analyzer serveronly
//
// serveronly: server-only code must not reach client packages
//
// Next.js: "getServerSideProps only runs on server-side and never runs on
// the browser", and Next eliminates it from the client bundle. Go has no
// such elimination: whatever a client package imports is compiled into
// the bundle that ships to every visitor, database code and secrets
// included.
//
// Client packages are marked //ssrlint:client in their package comment,
// blank-import github.com/ssrlint/ssrlint/clientonly, match the
// configured client patterns, import syscall/js, or are the browser mains
// of go-app (app.RunWhenOnBrowser, v6/v7 app.Run), vecty
// (vecty.RenderBody, RenderInto) or vugu (domrender.New). A client is
// checked as GOOS=js GOARCH=wasm compiles it: its files excluded from
// that build (//go:build !wasm) and theirs in imported packages bring
// nothing in; a run-time app.IsServer check does not exclude anything. Server-only packages are marked
// //ssrlint:server-only, blank-import github.com/ssrlint/ssrlint/serveronly,
// match the configured server-only patterns, are page packages that
// declare a props function, or are on the built-in list (database/sql,
// os/exec, net/smtp, log/syslog, plugin, the common database drivers and
// ORMs, cloud SDK credential packages). In a client package it reports:
//
//   - each import that brings server-only code in, directly or through
//     other packages, once per import declaration, with one shortest
//     import chain: "imports shop/store → shop/db → database/sql
//     (server-only: built-in list)";
//   - each use of a function, method or type marked //ssrlint:server-only
//     from a package that is otherwise fine to import;
//   - each string constant that looks like a credential: a well-known key
//     format (sk_live_, AKIA..., ghp_, xoxb-, PEM private keys), or a
//     token-shaped value given to a secret-named variable, field or key.
//
// An import of another client package is not reported again: that
// package's own imports are. Server packages may import anything, client
// packages included, and _test.go files are ignored.
//
// Knowledge crosses packages as facts: each package records the
// server-only packages it reaches and one shortest chain to each, and
// those of its GOOS=js GOARCH=wasm files when they differ. Files that
// only the browser build has are seen by a load with that environment.
package serveronly
