#!/usr/bin/env bash
# Builds golangci-lint with ssrlint's module plugin from this working tree,
# doing by hand what `golangci-lint custom` does (it clones golangci-lint
# with git; this takes the source from the Go module proxy instead):
# golangci-lint's module source, the plugin's blank import in
# cmd/golangci-lint/plugins.go, a replace to this checkout, go mod tidy,
# go build.
#
#   scripts/build-golangci-lint.sh OUTPUT
#
# Takes about 2 minutes with a cold build cache on 2 cores, seconds warm.
set -euo pipefail
export GOTOOLCHAIN=local
version=v2.15.0 # keep in step with docs/golangci-lint.md
out=$(realpath -m "${1:?usage: $0 OUTPUT}")
root=$(cd "$(dirname "$0")/.." && pwd)

src=$(go mod download -json "github.com/golangci/golangci-lint/v2@$version" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$src" ] || { echo "build-golangci-lint: no module source for golangci-lint $version" >&2; exit 1; }

work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
cp -r "$src" "$work/golangci-lint"
chmod -R u+w "$work/golangci-lint"
cd "$work/golangci-lint"
cat > cmd/golangci-lint/plugins.go <<'GO'
package main

import (
	_ "github.com/ssrlint/ssrlint/plugin"
)
GO
go mod edit -require github.com/ssrlint/ssrlint@v0.0.0 -replace "github.com/ssrlint/ssrlint=$root"
go mod tidy
# -trimpath keys the build cache by module path, not by the temporary
# directory, so a second build reuses the compiled packages.
go build -trimpath -o "$out" ./cmd/golangci-lint
