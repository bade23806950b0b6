#!/usr/bin/env bash
# The project's test command (README: "Run the tests"; .ci/run calls it).
#
#   ./test.sh          everything CI runs (installs pre-commit when missing)
#   ./test.sh -quick   gofmt, go vet and go test only
set -euo pipefail
cd "$(dirname "$0")"
export GOTOOLCHAIN=local

stage() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

stage "gofmt"
unformatted=$(find . -name '*.go' -not -path '*/testdata/*' -print0 | xargs -0 gofmt -l)
if [[ -n "$unformatted" ]]; then
	echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

stage "go vet"
go vet ./...

stage "go test"
go test ./...

stage "example app builds"
(cd examples/blog && go vet ./... && go build -o /dev/null . && GOOS=js GOARCH=wasm go build ./client/...)
(cd examples/inertia && go vet ./... && go build -o /dev/null .)
(cd examples/templ && go vet ./... && go build -o /dev/null .)

[[ "${1:-}" == "-quick" ]] && exit 0

stage "set-up: tools the end-to-end tests need"
scripts/setup.sh

stage "end-to-end: golangci-lint plugin, pre-commit, go vet"
scripts/e2e.sh

stage "project lint (golangci-lint with .golangci.yml)"
scripts/lint.sh

stage "silence on std, golang.org/x/tools and golangci-lint"
scripts/corpus.sh

stage "fuzzing (${FUZZTIME:-10s} per target)"
FUZZTIME=${FUZZTIME:-10s} scripts/fuzz.sh

stage "all passed"
