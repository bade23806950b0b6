#!/usr/bin/env bash
# Installs what the full test run needs beyond Go, so that ./test.sh passes
# as written on a fresh machine: Debian's pre-commit, which the pre-commit
# hook's end-to-end test runs. Uses sudo when not root. Does nothing when
# everything is there.
set -euo pipefail
if ! command -v pre-commit >/dev/null; then
	echo "setup: installing pre-commit (apt-get)"
	sudo=""
	[[ $(id -u) -ne 0 ]] && sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq pre-commit >/dev/null
fi
