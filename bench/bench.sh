#!/usr/bin/env bash
# bench.sh — ssrlint vs staticcheck vs go vet, side by side: on real
# applications (fully cold, CI-typical, warm, incremental), on a corpus
# and on synthetic apps of growing size (cold and warm). Writes the tables
# into docs/performance.md (between the bench markers). See
# bench/README.md.
#
# Environment:
#   BENCH_APPS_DIR    directory holding the real apps' work trees (miniflux/, caddy/); unset: apps skipped
#   APPS="miniflux caddy"               which real apps ("" to skip)
#   SCENARIOS="cold ci warm incr"       which scenarios on the real apps
#   APP_RUNS=3        runs per tool and scenario on each real app (medians)
#   RUNS=3            runs per tool and cache state on the corpus (medians)
#   SCALES="10 100 1000"  page counts of the synthetic apps ("" to skip)
#   SCALE_RUNS=1      runs per tool and cache state on each synthetic app
#   SCALE_FIELDS=10   props fields of each synthetic page (bench/gen -fields)
#   CORPUS="std x/tools golangci-lint"  parts of the corpus ("" to skip)
#   BENCH_DIR=/tmp/ssrlint-bench        binaries, caches, raw results
#   RESULTS_FROM=<results.tsv>          rows of an earlier run to report with this one's
#   OUT=docs/performance.md             "" to only print the tables
#   TOOLS="ssrlint staticcheck govet"   add ssrlint-govet for ssrlint driving go vet
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
app_runs=${APP_RUNS:-3}
apps=${APPS-miniflux caddy}
scenarios=${SCENARIOS-cold ci warm incr}
apps_dir=${BENCH_APPS_DIR:-}
scales=${SCALES-10 100 1000}
scale_runs=${SCALE_RUNS:-1}
scale_fields=${SCALE_FIELDS:-10} # props fields of each synthetic page
corpus=${CORPUS-std x/tools golangci-lint}
bench=${BENCH_DIR:-/tmp/ssrlint-bench}
out=${OUT-$root/docs/performance.md}
staticcheck_module=v0.8.2 # honnef.co/go/tools, the version go.mod pins
xtools_version=v0.52.0
gl_version=v2.15.0

# The real apps: repository, pinned commit, and the two files of the
# incremental scenario, "file function": a leaf package (nothing else in
# the module imports it but an aggregator) and a package most of the
# module imports. The edit adds a statement to the function's body.
declare -A app_repo app_commit app_leaf app_hub
app_repo[miniflux]=github.com/miniflux/v2
app_commit[miniflux]=106cdd09e1557222303f3ed1376e1dadf0638621
app_leaf[miniflux]="internal/ui/about.go showAboutPage"
app_hub[miniflux]="internal/config/options.go AdminPassword"
app_repo[caddy]=github.com/caddyserver/caddy
app_commit[caddy]=0cf03d32f7d99cf160d5375e8a40fbe3d910d515
app_leaf[caddy]="modules/caddyhttp/requestbody/requestbody.go ServeHTTP"
app_hub[caddy]="caddy.go Load"

export GOTOOLCHAIN=local GOWORK=off GOFLAGS="-mod=readonly -buildvcs=false"
mkdir -p "$bench/bin" "$bench/cache" "$bench/apps"
results=$bench/results.tsv
# RESULTS_FROM: start from the rows of an earlier run (the report covers
# both): drop from it the rows this run measures again. With RUNS=0
# APP_RUNS=0 SCALE_RUNS=0 nothing is measured and only the report is
# written.
if [[ -n ${RESULTS_FROM:-} ]]; then
	cp "$RESULTS_FROM" "$results.from" && mv "$results.from" "$results"
else
	: >"$results"
fi

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

# The real apps that are present; a missing one is skipped with a message.
present_apps=()
for a in $apps; do
	dir=${apps_dir:+$apps_dir/$a}
	if [[ -z $dir || ! -f $dir/go.mod ]]; then
		echo "bench: skipping $a: expected ${app_repo[$a]} at ${app_commit[$a]:0:12} in \$BENCH_APPS_DIR/$a (BENCH_APPS_DIR=${apps_dir:-unset}); see bench/README.md" >&2
		continue
	fi
	(cd "$dir" && go mod download)
	present_apps+=("$a")
done

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

# prepare LABEL TOOL STATE puts the tool's caches in the state the
# scenario starts from: cold wipes them all; ci starts from the build
# cache that `go build ./...` leaves (a copy of the app's template) with
# the tools' own caches empty; warm and incremental keep them.
prepare() {
	local label=$1 tool=$2 state=$3
	case $state in
	cold) rm -rf "$bench/cache/$tool" ;;
	ci)
		rm -rf "$bench/cache/$tool"
		mkdir -p "$bench/cache/$tool"
		cp -a "$bench/cache/template-$label" "$bench/cache/$tool/go"
		;;
	esac
	mkdir -p "$bench/cache/$tool/go"
}

# measure LABEL TOOL STATE SCRIPT appends one line to results.tsv:
# label tool state wall user+sys maxrss_kb exit load (the 1-minute load
# average when the run started).
measure() {
	local label=$1 tool=$2 state=$3 s=$4
	prepare "$label" "$tool" "$state"
	: >"$bench/$tool.stderr"
	local rc=0 load
	load=$(cut -d' ' -f1 /proc/loadavg)
	/usr/bin/time -f '%e %U %S %M' -o "$bench/time.out" bash "$s" || rc=$?
	read -r wall user sys rss < <(tail -1 "$bench/time.out")
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$tool" "$state" "$wall" \
		"$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$rss" "$rc" "$load" | tee -a "$results" >&2
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

# edit DIR "file function" TOKEN adds a statement at the top of the
# function's body (the line after `func ... name(...) ... {`), keeping a
# copy of the file to restore.
# edit and restore rewrite the file in place, as an editor does, keeping
# the original out of the app's tree (a new file in a package directory is
# a change of its own).
edit() {
	local f=$1/${2% *} fn=${2#* }
	cp "$f" "$bench/edit.orig"
	awk -v fn="$fn" -v tok="$3" '
		{ print }
		!done && $0 ~ "^func (\\([^)]*\\) )?" fn "\\(" && /\{$/ { print "\t_ = \"bench edit " tok "\""; done = 1 }
		END { if (!done) exit 1 }' "$bench/edit.orig" >"$f" || {
		cat "$bench/edit.orig" >"$f"
		echo "bench: no function $fn in $f" >&2
		exit 2
	}
}

restore() { cat "$bench/edit.orig" >"$1/${2% *}"; }

# app_set APP: the scenarios on a real app, APP_RUNS times each, the tools
# interleaved. warm and incremental follow a run that filled the caches.
app_set() {
	local a=$1 dir=$apps_dir/$1 t i
	for t in "${tools[@]}"; do script "$t" "$dir ./..." >/dev/null; done
	if [[ $scenarios == *ci* && ! -d $bench/cache/template-$a ]]; then
		# Kept across invocations (the build depends on the app and the
		# toolchain only): remove it after changing either.
		(cd "$dir" && GOCACHE=$bench/cache/template-$a.tmp go build ./... && mv "$bench/cache/template-$a.tmp" "$bench/cache/template-$a")
	fi
	local state
	for state in $scenarios; do
		for ((i = 0; i < app_runs; i++)); do
			case $state in
			incr)
				if ((i == 0)); then for t in "${tools[@]}"; do bash "$bench/$t.sh" || true; done; fi
				local target kind
				for kind in leaf hub; do
					if [[ $kind == leaf ]]; then target=${app_leaf[$a]}; else target=${app_hub[$a]}; fi
					edit "$dir" "$target" "$$-$i-$RANDOM"
					for t in "${tools[@]}"; do measure "$a" "$t" "incr-$kind" "$bench/$t.sh"; done
					restore "$dir" "$target"
				done
				;;
			warm)
				if ((i == 0)); then for t in "${tools[@]}"; do bash "$bench/$t.sh" || true; done; fi
				for t in "${tools[@]}"; do measure "$a" "$t" warm "$bench/$t.sh"; done
				;;
			*) for t in "${tools[@]}"; do measure "$a" "$t" "$state" "$bench/$t.sh"; done ;;
			esac
		done
	done
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

declare -A app_pkgs app_deps
for a in "${present_apps[@]}"; do
	app_pkgs[$a]=$(cd "$apps_dir/$a" && go list ./... | wc -l)
	app_deps[$a]=$(cd "$apps_dir/$a" && go list -deps ./... | wc -l)
	app_set "$a"
done

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
	(cd "$root" && go run ./bench/gen -n "$n" -fields "$scale_fields" -o "$app")
	# As in any checkout, the files are older than ssrlint's racy window
	# when it first runs: a run that starts within 2 s of a change leaves no
	# stamp (see docs/performance.md), and its warm run would be the one
	# that writes it.
	sleep 2
	scale_pkgs[$n]=$(cd "$app" && go list ./... | wc -l)
	bench_set "synth$n" "$scale_runs" "$app ./..."
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# median LABEL TOOL STATE COLUMN prints the median of a results column
# (4 wall, 5 cpu, 6 rss, 8 load).
median() {
	awk -F'\t' -v l="$1" -v t="$2" -v s="$3" -v c="$4" '$1 == l && $2 == t && $3 == s { print $c }' "$results" |
		sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# range LABEL TOOL STATE COLUMN prints "min–max" of a results column.
range() {
	awk -F'\t' -v l="$1" -v t="$2" -v s="$3" -v c="$4" '$1 == l && $2 == t && $3 == s { print $c }' "$results" |
		sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { if (NR == 0) print "-"; else if (lo == hi) print lo; else print lo "–" hi }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# The targets, ssrlint ÷ staticcheck: wall time per scenario, peak RSS in
# every scenario.
target_wall() {
	case $1 in
	cold) echo 0.45 ;;
	ci) echo 0.3 ;;
	*) echo 0.7 ;;
	esac
}
target_rss=0.6

describe() {
	case $1 in
	cold) echo "fully cold" ;;
	ci) echo "CI-typical" ;;
	warm) echo warm ;;
	incr-leaf) echo "incremental, leaf" ;;
	incr-hub) echo "incremental, hub" ;;
	esac
}

# runs_of LABEL prints how many runs of ssrlint a set's first scenario has
# (rows of an earlier invocation included).
runs_of() {
	awk -F'\t' -v l="$1" '$1 == l && $2 == "ssrlint" { if (!first) first = $3; if ($3 == first) n++ } END { print n + 0 }' "$results"
}

# states LABEL prints the scenarios measured on a set, in order.
states() {
	awk -F'\t' -v l="$1" '$1 == l && !seen[$3]++ { print $3 }' "$results"
}

# table LABEL prints the markdown rows of one benchmark set: medians, the
# ratios to staticcheck, the range of wall times and the load averages.
table() {
	local label=$1 state t
	echo "| scenario | tool | wall (s) | wall range (s) | user+sys CPU (s) | peak RSS (MB) | wall ÷ staticcheck | RSS ÷ staticcheck | load (1 min) |"
	echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
	for state in $(states "$label"); do
		local sw sr
		sw=$(median "$label" staticcheck "$state" 4)
		sr=$(median "$label" staticcheck "$state" 6)
		for t in "${tools[@]}"; do
			local w c r
			w=$(median "$label" "$t" "$state" 4)
			c=$(median "$label" "$t" "$state" 5)
			r=$(median "$label" "$t" "$state" 6)
			echo "| $(describe "$state") | $t | $w | $(range "$label" "$t" "$state" 4) | $c | $(mb "$r") | $(ratio "$w" "$sw") | $(ratio "$r" "$sr") | $(range "$label" "$t" "$state" 8) |"
		done
	done
}

# verdict LABEL prints, per scenario, whether ssrlint met the targets.
verdict() {
	local label=$1 state missed=()
	for state in $(states "$label"); do
		local w sw r sr tw
		w=$(median "$label" ssrlint "$state" 4)
		sw=$(median "$label" staticcheck "$state" 4)
		r=$(median "$label" ssrlint "$state" 6)
		sr=$(median "$label" staticcheck "$state" 6)
		tw=$(target_wall "$state")
		if ! awk -v w="$w" -v sw="$sw" -v tw="$tw" 'BEGIN { exit !(w <= tw * sw) }'; then
			missed+=("$(describe "$state") wall $(ratio "$w" "$sw")× (target $tw)")
		fi
		if ! awk -v r="$r" -v sr="$sr" -v tr="$target_rss" 'BEGIN { exit !(r <= tr * sr) }'; then
			missed+=("$(describe "$state") RSS $(ratio "$r" "$sr")× (target $target_rss)")
		fi
	done
	if ((${#missed[@]} == 0)); then
		echo "all met"
	else
		local IFS=';'
		echo "missed: ${missed[*]}" | sed 's/;/; /g'
	fi
}

report() {
	echo "Measured $started on $(nproc) × $(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -1),"
	echo "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr), $(go version | cut -d' ' -f3-);"
	echo "load average $load_before before, $load_after after (each row: the 1-minute load when its runs started)."
	echo "ssrlint $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?') with $("$bench/bin/ssrlint" -h 2>&1 | awk '/^Analyzers:/ { on = 1; next } on && /^\t/ { n++ } on && /^$/ { exit } END { print n }') analyzers; staticcheck $staticcheck_version; go vet of $(go version | cut -d' ' -f3)."
	echo "Targets, ssrlint ÷ staticcheck: wall fully cold ≤ 0.45, CI-typical ≤ 0.3, warm and incremental ≤ 0.7; peak RSS ≤ 0.6 in every scenario."
	echo
	local a
	for a in "${present_apps[@]}"; do
		echo "### ${app_repo[$a]} at ${app_commit[$a]:0:12} (${app_pkgs[$a]} packages, ${app_deps[$a]} with dependencies)"
		echo
		echo "Medians of $(runs_of "$a") run(s). Incremental: a statement added to \`${app_leaf[$a]#* }\` (${app_leaf[$a]% *}, leaf) or \`${app_hub[$a]#* }\` (${app_hub[$a]% *}, hub), then restored. Targets: $(verdict "$a")."
		echo
		table "$a"
		echo
	done
	if ((${#corpus_parts[@]} > 0)); then
		echo "### Corpus: $corpus ($corpus_pkgs packages)"
		echo
		echo "Medians of $(runs_of corpus) run(s). Targets: $(verdict corpus)."
		echo
		table corpus
		echo
	fi
	if [[ -n $scales ]]; then
		echo "### Synthetic apps (bench/gen)"
		echo
		echo "n pages of $scale_fields props fields each, n/5 API routes, n/10 client and n/10 feature packages, 5 shared packages and a server; medians of $(runs_of "synth${scales%% *}") run(s)."
		echo
		echo "| pages | props fields | packages | tool | cold wall (s) | cold RSS (MB) | warm wall (s) | warm RSS (MB) | load (1 min) |"
		echo "|---:|---:|---:|---|---:|---:|---:|---:|---:|"
		for n in $scales; do
			for t in "${tools[@]}"; do
				echo "| $n | $((n * scale_fields)) | ${scale_pkgs[$n]} | $t | $(median "synth$n" "$t" cold 4) | $(mb "$(median "synth$n" "$t" cold 6)") | $(median "synth$n" "$t" warm 4) | $(mb "$(median "synth$n" "$t" warm 6)") | $(range "synth$n" "$t" cold 8) |"
			done
		done
		echo
	fi
	echo "Reproduce: \`BENCH_APPS_DIR=<dir> APPS=\"$apps\" SCENARIOS=\"$scenarios\" APP_RUNS=$app_runs RUNS=$runs SCALES=\"$scales\" SCALE_FIELDS=$scale_fields CORPUS=\"$corpus\" bench/bench.sh\` (raw: \`$results\`)."
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
