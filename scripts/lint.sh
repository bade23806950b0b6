#!/usr/bin/env bash
# Lints ssrlint's own code with golangci-lint and .golangci.yml. The
# golangci-lint binary is built from the Go module proxy by
# scripts/build-golangci-lint.sh (seconds with a warm build cache, about
# 2 minutes cold); the lint run itself takes under a minute.
#
#   scripts/lint.sh [golangci-lint run flags]
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/build-golangci-lint.sh "$tmp/golangci-lint"
"$tmp/golangci-lint" run "$@" ./...
