#!/usr/bin/env bash
# Runs ssrlint on the example app and prints its findings (exit status 1:
# the example has deliberate violations).
set -uo pipefail
cd "$(dirname "$0")"
export GOTOOLCHAIN=local
bin=$(mktemp -d)/ssrlint
go build -o "$bin" ./cmd/ssrlint || exit 2
cd examples/blog && "$bin" "$@" ./...
