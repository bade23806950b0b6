#!/usr/bin/env bash
# corpus.sh — run ssrlint over real code that does not follow the pages
# convention and require silence: 0 findings, 0 analyzer panics, 0 analyzer
# errors. Packages that fail to build for reasons of their own (type errors,
# missing dependencies, cgo) are counted and listed, never mistaken for an
# analyzer failure.
#
# Usage: scripts/corpus.sh [-full]
#   default  std, golang.org/x/tools/... v0.52.0 and golangci-lint v2.15.0's
#            own module (the CI subset: about 2 min cold on 2 cores, seconds warm)
#   -full    also every package of every module of golangci-lint's dependency
#            graph that is in the module cache and loads without errors
#
# Environment: SSRLINT (a prebuilt binary; default: build ./cmd/ssrlint),
# CORPUS_TIMEOUT (per corpus, default 30m), KEEP=1 (keep the outputs).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
full=false
case "${1:-}" in
"") ;;
-full) full=true ;;
*) echo "usage: $0 [-full]" >&2; exit 2 ;;
esac

export GOTOOLCHAIN=local GOWORK=off
# The module cache is read-only: -mod=readonly (never write go.mod/go.sum
# there); the corpora's own go.sum files are complete.
export GOFLAGS="-mod=readonly -buildvcs=false"
work=$(mktemp -d)
if [[ "${KEEP:-}" != 1 ]]; then trap 'rm -rf "$work"' EXIT; else echo "outputs in $work"; fi

ssrlint=${SSRLINT:-}
if [[ -z "$ssrlint" ]]; then
	ssrlint=$work/ssrlint
	(cd "$root" && go build -o "$ssrlint" ./cmd/ssrlint)
fi

gl_version=v2.15.0
xtools_version=v0.52.0
modcache=$(go env GOMODCACHE)

# module_dir downloads (if needed) a module through the module proxy and
# prints its directory in the module cache.
module_dir() {
	go mod download -json "$1@$2" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p'
}

failed=0
total_pkgs=0
total_secs=0

# run_corpus NAME DIR PATTERN... runs ssrlint in DIR and checks its output.
run_corpus() {
	local name=$1 dir=$2
	shift 2
	local out=$work/$name
	mkdir -p "$out"
	local pkgs
	pkgs=$(cd "$dir" && go list -e "$@" 2>/dev/null | wc -l)
	local start=$SECONDS rc=0
	(cd "$dir" && timeout "${CORPUS_TIMEOUT:-30m}" "$ssrlint" "$@" >"$out/stdout" 2>"$out/stderr") || rc=$?
	local secs=$((SECONDS - start))
	if [[ $rc == 124 ]]; then
		echo "FAIL $name: timed out after ${CORPUS_TIMEOUT:-30m}"
		failed=1
		return
	fi
	classify "$name" "$out" "$pkgs" "$secs" "$rc"
	total_pkgs=$((total_pkgs + pkgs))
	total_secs=$((total_secs + secs))
}

# classify tells findings, analyzer panics, other analyzer errors, vet tool
# crashes and build failures apart in ssrlint's text output:
#   stdout: one "file:line:col: message (analyzer)" line per finding,
#           related positions indented by a tab;
#   stderr: "ssrlint: <pkg>: <analyzer>: <error>" per analyzer error (a
#           panic caught by lintpass reads "internal error: <analyzer>
#           panicked on package <pkg>"), then "ssrlint: some packages could not be analyzed:"
#           and go vet's own output, "# <pkg>" blocks for packages that do
#           not build or whose vet tool process died.
classify() {
	local name=$1 out=$2 pkgs=$3 secs=$4 rc=$5
	local findings panics errors crashes builds
	findings=$(grep -cv $'^\t' "$out/stdout" || true)
	panics=$(grep -c 'panicked on package' "$out/stderr" || true)
	errors=$(grep -E '^ssrlint: [^ ]+: [a-z]+: ' "$out/stderr" | grep -vc 'panicked on package' || true)
	# After that line, split the per-package output into "# pkg" blocks:
	# a block with a Go panic or fatal error is a crash of the vet tool
	# outside lintpass (a required analyzer, fact encoding); any other
	# block is a package that does not build.
	awk '/^ssrlint: some packages could not be analyzed:/ {on=1; next} on' "$out/stderr" >"$out/vet"
	awk -v crash="$out/crashes" -v build="$out/builds" '
		function flush() { if (hdr == "") return; print hdr "\t" first >> (bad ? crash : build); hdr = "" }
		/^# / { flush(); hdr = substr($0, 3); first = ""; bad = 0; next }
		/^(panic: |fatal error: |goroutine [0-9]+ \[running\])/ { bad = 1 }
		hdr != "" && first == "" && NF { first = $0 }
		hdr == "" && NF && !/^(exit status|ssrlint:)/ { print "(go)\t" $0 >> build }
		END { flush() }' "$out/vet"
	touch "$out/crashes" "$out/builds"
	crashes=$(wc -l <"$out/crashes")
	builds=$(wc -l <"$out/builds")

	printf '%-14s %5d packages  %3d findings  %2d panics  %2d analyzer errors  %2d tool crashes  %3d build failures  %4ds wall\n' \
		"$name" "$pkgs" "$findings" "$panics" "$errors" "$crashes" "$builds" "$secs"
	if ((findings + panics + errors + crashes > 0)); then
		failed=1
		echo "--- $name: findings and analyzer failures (want none)"
		head -50 "$out/stdout"
		grep -E -A3 '^ssrlint: [^ ]+: [a-z]+: ' "$out/stderr" | head -60 || true
		head -20 "$out/crashes"
	fi
	if ((builds > 0)); then
		echo "--- $name: packages that do not build (not ssrlint's doing):"
		sed 's/^/    /' "$out/builds" | head -20
	fi
	if ((rc != 0 && rc != 2 && findings == 0)); then
		echo "FAIL $name: ssrlint exited $rc"
		failed=1
	fi
}

run_corpus std "$(go env GOROOT)/src" std
run_corpus x/tools "$(module_dir golang.org/x/tools "$xtools_version")" ./...
gl_dir=$(module_dir github.com/golangci/golangci-lint/v2 "$gl_version")
# Its dependencies, through the proxy when they are not in the cache yet.
(cd "$gl_dir" && go mod download) || echo "warning: could not download golangci-lint's dependencies" >&2
run_corpus golangci-lint "$gl_dir" ./...

if $full; then
	# Every module of golangci-lint's graph that is in the module cache
	# (Dir set) and whose packages load in golangci-lint's build list;
	# modules that only serve tests of dependencies do not load there.
	mapfile -t patterns < <(cd "$gl_dir" && go list -m -f '{{if and .Dir (not .Main)}}{{.Path}}{{end}}' all |
		while read -r m; do go list -e "$m/..." >/dev/null 2>&1 && echo "$m/..."; done)
	(cd "$gl_dir" && go list -e -f '{{if and (not .Standard) (not .Error) (not .DepsErrors) (not .Module.Main)}}{{.ImportPath}}{{end}}' "${patterns[@]}" |
		grep . >"$work/deps.txt")
	echo "golangci-lint's dependency graph: ${#patterns[@]} modules in the module cache"
	mapfile -t deps <"$work/deps.txt"
	run_corpus gl-deps "$gl_dir" "${deps[@]}"
fi

printf 'total          %5d packages, %ds wall\n' "$total_pkgs" "$total_secs"
if ((failed)); then
	echo "corpus: FAIL"
	exit 1
fi
echo "corpus: ok (0 findings, 0 panics, 0 analyzer errors)"
