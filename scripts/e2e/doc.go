// Package e2e holds the end-to-end tests of ssrlint's integrations. Each
// runs the real tool on the example app (examples/blog) or on a small
// module of its own: golangci-lint built with the module plugin, Debian's
// pre-commit with the hook of .pre-commit-hooks.yaml, and go vet with
// ssrlint as its vet tool.
//
// They take minutes and need pre-commit installed, so `go test ./...`
// skips them; scripts/e2e.sh runs them (SSRLINT_E2E=1).
package e2e
