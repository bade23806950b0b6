#!/usr/bin/env bash
# bench.sh — ssrlint vs staticcheck vs go vet, side by side, cold and warm
# caches, on a real corpus and on synthetic apps of growing size. Writes
# the tables into docs/performance.md (between the bench markers). See
# bench/README.md.
#
# Environment:
#   RUNS=3            runs per tool and cache state on the corpus (medians)
#   SCALES="10 100 1000"  page counts of the synthetic apps ("" to skip)
#   SCALE_RUNS=1      runs per tool and cache state on each synthetic app
#   CORPUS="std x/tools golangci-lint"  parts of the corpus ("" to skip)
#   BENCH_DIR=/tmp/ssrlint-bench        binaries, caches, raw results
#   OUT=docs/performance.md             "" to only print the tables
#   TOOLS="ssrlint staticcheck govet"   add ssrlint-govet for ssrlint driving go vet
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
scales=${SCALES-10 100 1000}
scale_runs=${SCALE_RUNS:-1}
corpus=${CORPUS-std x/tools golangci-lint}
bench=${BENCH_DIR:-/tmp/ssrlint-bench}
out=${OUT-$root/docs/performance.md}
staticcheck_module=v0.8.2 # honnef.co/go/tools, the version go.mod pins
xtools_version=v0.52.0
gl_version=v2.15.0

export GOTOOLCHAIN=local GOWORK=off GOFLAGS="-mod=readonly -buildvcs=false"
mkdir -p "$bench/bin" "$bench/cache" "$bench/apps"
results=$bench/results.tsv
: >"$results"

if [[ ! -x /usr/bin/time ]]; then
	echo "bench: /usr/bin/time is missing (apt-get install time)" >&2
	exit 2
fi

# Binaries: ssrlint from this checkout, staticcheck from the module proxy.
(cd "$root" && go build -o "$bench/bin/ssrlint" ./cmd/ssrlint)
if [[ ! -x "$bench/bin/staticcheck" ]]; then
	GOBIN=$bench/bin GOFLAGS=-buildvcs=false go install "honnef.co/go/tools/cmd/staticcheck@$staticcheck_module"
fi
staticcheck_version=$("$bench/bin/staticcheck" -version | head -1)

module_dir() {
	go mod download -json "$1@$2" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p'
}

# Corpus parts: "dir pattern".
declare -A part_dir part_pattern
part_dir[std]=$(go env GOROOT)/src
part_pattern[std]=std
if [[ $corpus == *x/tools* ]]; then
	part_dir[x/tools]=$(module_dir golang.org/x/tools "$xtools_version")
	part_pattern[x/tools]=./...
fi
if [[ $corpus == *golangci-lint* ]]; then
	part_dir[golangci-lint]=$(module_dir github.com/golangci/golangci-lint/v2 "$gl_version")
	part_pattern[golangci-lint]=./...
	(cd "${part_dir[golangci-lint]}" && go mod download)
fi

# tool_cmd TOOL PATTERN prints the command line that checks PATTERN.
tool_cmd() {
	case $1 in
	ssrlint | ssrlint-govet) echo "$bench/bin/ssrlint $2" ;;
	staticcheck) echo "$bench/bin/staticcheck $2" ;;
	govet) echo "go vet $2" ;;
	esac
}

# script TOOL "dir pattern"... writes a shell script that runs TOOL over
# each part in turn; each tool has its own build cache (and staticcheck its
# own analysis cache), so that wiping one for a cold run spares the others.
script() {
	local tool=$1
	shift
	local s=$bench/$tool.sh
	{
		echo "export GOCACHE=$bench/cache/$tool/go STATICCHECK_CACHE=$bench/cache/$tool/staticcheck SSRLINT_CACHE=$bench/cache/$tool/ssrlint"
		if [[ $tool == ssrlint-govet ]]; then echo "export SSRLINT_GOVET=1"; fi
		local dp
		for dp in "$@"; do
			echo "cd ${dp% *} && $(tool_cmd "$tool" "${dp#* }") >/dev/null 2>>$bench/$tool.stderr || rc=\$?"
		done
		echo 'exit ${rc:-0}'
	} >"$s"
	echo "$s"
}

# measure LABEL TOOL STATE SCRIPT appends one line to results.tsv:
# label tool state wall user+sys maxrss_kb exit.
measure() {
	local label=$1 tool=$2 state=$3 s=$4
	if [[ $state == cold ]]; then rm -rf "$bench/cache/$tool"; fi
	mkdir -p "$bench/cache/$tool/go"
	: >"$bench/$tool.stderr"
	local rc=0
	/usr/bin/time -f '%e %U %S %M' -o "$bench/time.out" bash "$s" || rc=$?
	read -r wall user sys rss < <(tail -1 "$bench/time.out")
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$tool" "$state" "$wall" \
		"$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$rss" "$rc" | tee -a "$results" >&2
}

read -r -a tools <<<"${TOOLS:-ssrlint staticcheck govet}"

# bench_set LABEL N "dir pattern"...: N cold runs, then N warm runs, the
# tools interleaved so that a drift of the machine hits them alike.
bench_set() {
	local label=$1 n=$2
	shift 2
	local t i
	for t in "${tools[@]}"; do script "$t" "$@" >/dev/null; done
	for state in cold warm; do
		for ((i = 0; i < n; i++)); do
			for t in "${tools[@]}"; do measure "$label" "$t" "$state" "$bench/$t.sh"; done
		done
	done
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

corpus_parts=()
corpus_pkgs=0
for p in $corpus; do
	corpus_parts+=("${part_dir[$p]} ${part_pattern[$p]}")
	corpus_pkgs=$((corpus_pkgs + $(cd "${part_dir[$p]}" && go list -e "${part_pattern[$p]}" 2>/dev/null | wc -l)))
done
if ((${#corpus_parts[@]} > 0)); then
	bench_set corpus "$runs" "${corpus_parts[@]}"
fi

declare -A scale_pkgs
for n in $scales; do
	app=$bench/apps/synth$n
	rm -rf "$app"
	(cd "$root" && go run ./bench/gen -n "$n" -o "$app")
	scale_pkgs[$n]=$(cd "$app" && go list ./... | wc -l)
	bench_set "synth$n" "$scale_runs" "$app ./..."
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# median LABEL TOOL STATE COLUMN prints the median of a results column
# (4 wall, 5 cpu, 6 rss).
median() {
	awk -F'\t' -v l="$1" -v t="$2" -v s="$3" -v c="$4" '$1 == l && $2 == t && $3 == s { print $c }' "$results" |
		sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# table LABEL prints the markdown rows of one benchmark set.
table() {
	local label=$1 state t
	echo "| tool | caches | wall (s) | user+sys CPU (s) | peak RSS (MB) | wall ÷ staticcheck | RSS ÷ staticcheck |"
	echo "|---|---|---:|---:|---:|---:|---:|"
	for state in cold warm; do
		local sw sr
		sw=$(median "$label" staticcheck "$state" 4)
		sr=$(median "$label" staticcheck "$state" 6)
		for t in "${tools[@]}"; do
			local w c r
			w=$(median "$label" "$t" "$state" 4)
			c=$(median "$label" "$t" "$state" 5)
			r=$(median "$label" "$t" "$state" 6)
			echo "| $t | $state | $w | $c | $(mb "$r") | $(ratio "$w" "$sw") | $(ratio "$r" "$sr") |"
		done
	done
}

# verdict LABEL prints whether ssrlint met the targets on a set.
verdict() {
	local label=$1 state ok=yes
	for state in cold warm; do
		local w sw r sr
		w=$(median "$label" ssrlint "$state" 4)
		sw=$(median "$label" staticcheck "$state" 4)
		r=$(median "$label" ssrlint "$state" 6)
		sr=$(median "$label" staticcheck "$state" 6)
		if ! awk -v w="$w" -v sw="$sw" -v r="$r" -v sr="$sr" 'BEGIN { exit !(w <= 0.7 * sw && r <= sr) }'; then
			ok="no ($state: wall $(ratio "$w" "$sw")×, RSS $(ratio "$r" "$sr")×)"
		fi
	done
	echo "$ok"
}

report() {
	echo "Measured $started on $(nproc) × $(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -1),"
	echo "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr), $(go version | cut -d' ' -f3-);"
	echo "load average $load_before before, $load_after after."
	echo "ssrlint $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?') with $("$bench/bin/ssrlint" -h 2>&1 | awk '/^Analyzers:/ { on = 1; next } on && /^\t/ { n++ } on && /^$/ { exit } END { print n }') analyzers; staticcheck $staticcheck_version; go vet of $(go version | cut -d' ' -f3)."
	echo
	if ((${#corpus_parts[@]} > 0)); then
		echo "### Corpus: $corpus ($corpus_pkgs packages)"
		echo
		echo "Medians of $runs runs. Targets (ssrlint wall ≤ 0.7 × staticcheck and peak RSS ≤ staticcheck, cold and warm): $(verdict corpus)."
		echo
		table corpus
		echo
	fi
	if [[ -n $scales ]]; then
		echo "### Synthetic apps (bench/gen)"
		echo
		echo "n pages, n/5 API routes, n/10 client and n/10 feature packages, 5 shared packages and a server; medians of $scale_runs run(s)."
		echo
		echo "| pages | packages | tool | cold wall (s) | cold RSS (MB) | warm wall (s) | warm RSS (MB) |"
		echo "|---:|---:|---|---:|---:|---:|---:|"
		for n in $scales; do
			for t in "${tools[@]}"; do
				echo "| $n | ${scale_pkgs[$n]} | $t | $(median "synth$n" "$t" cold 4) | $(mb "$(median "synth$n" "$t" cold 6)") | $(median "synth$n" "$t" warm 4) | $(mb "$(median "synth$n" "$t" warm 6)") |"
			done
		done
		echo
	fi
	echo "Reproduce: \`RUNS=$runs SCALES=\"$scales\" CORPUS=\"$corpus\" bench/bench.sh\` (raw: \`$results\`)."
}

report >"$bench/report.md"
cat "$bench/report.md"
if [[ -n $out ]]; then
	# Replace what lies between the markers; keep the rest of the page.
	awk -v report="$bench/report.md" '
		/<!-- bench:begin -->/ { print; while ((getline line < report) > 0) print line; skip = 1; next }
		/<!-- bench:end -->/ { skip = 0 }
		!skip' "$out" >"$out.tmp" && mv "$out.tmp" "$out"
fi
