#!/usr/bin/env bash
# Runs ssrlint on the example apps and prints their findings side by side
# (exit status 1: the examples have deliberate violations).
set -uo pipefail
cd "$(dirname "$0")"
export GOTOOLCHAIN=local
bin=$(mktemp -d)/ssrlint
go build -o "$bin" ./cmd/ssrlint || exit 2
status=0
for app in examples/blog examples/inertia examples/templ; do
	echo "== $app"
	(cd "$app" && "$bin" "$@" ./...)
	rc=$?
	((rc > status)) && status=$rc
done
exit "$status"
