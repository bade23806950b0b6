#!/usr/bin/env bash
# Runs the end-to-end tests of the integrations (scripts/e2e): golangci-lint
# built with the module plugin, the pre-commit hook with Debian's pre-commit,
# and go vet -vettool, each against the real tool. They take a few minutes
# (building golangci-lint: about 2 minutes with a cold build cache).
#
#   scripts/e2e.sh [go test flags, e.g. -run PreCommit]
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local
if ! command -v pre-commit >/dev/null; then
	echo "e2e: pre-commit is not installed (apt-get install -y pre-commit)" >&2
	exit 2
fi
SSRLINT_E2E=1 go test -count=1 -timeout 30m -v "$@" ./scripts/e2e/
