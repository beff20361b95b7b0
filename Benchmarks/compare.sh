#!/usr/bin/env bash
# Side-by-side timings for issue 4 (docs/performance.md), in one run on one machine:
#   1. SalesFloor open (process start → first cockpit frame, via `salesfloor screen --keys q`)
#      vs python3 orjson.loads and json.loads reading the same collection files;
#   2. `salesfloor report pipeline --format json` vs the same aggregation in jq on deals.json.
# Each number is the median of RUNS whole-process runs. Installs nothing: needs python3 (+ orjson
# for that row) and jq (CI installs it); a missing tool prints "n/a".
#
# usage: Benchmarks/compare.sh [--deals N] [--people N] [--activities N] [--runs N] [--keep DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8 LANG=C.UTF-8

deals=100000 people=1000 activities=300000 runs=5 keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --deals) deals="$2"; shift 2 ;;
    --people) people="$2"; shift 2 ;;
    --activities) activities="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    *) echo "usage: $0 [--deals N] [--people N] [--activities N] [--runs N] [--keep DIR]" >&2; exit 2 ;;
  esac
done

echo "building release salesfloor …" >&2
swift build -c release --scratch-path .build-release --product salesfloor >/dev/null
bin="$(swift build -c release --scratch-path .build-release --show-bin-path)/salesfloor"

asof=2026-11-16
if [ -n "$keep" ]; then data="$keep"; else data="$(mktemp -d /tmp/salesfloor-compare.XXXXXX)"; fi
if [ ! -f "$data/deals.json" ]; then
  echo "generating $deals deals, $people people, $activities activities in $data …" >&2
  "$bin" demo --data "$data" --deals "$deals" --people "$people" --activities "$activities" --as-of "$asof" >&2
fi
cleanup() { if [ -z "$keep" ]; then rm -rf "$data"; fi; }
trap cleanup EXIT

files=()
for f in "$data"/*.json; do files+=("$f"); done
size_mb=$(du -cm "${files[@]}" | tail -n 1 | cut -f1)

# Median wall time in milliseconds of running "$@" RUNS times (output discarded).
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "n/a"; return; }
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

ratio() { if [ "$1" = n/a ] || [ "$2" = n/a ]; then echo n/a; else awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; fi; }

have_orjson=no
python3 -c 'import orjson' 2>/dev/null && have_orjson=yes

echo "timing ($runs runs each, median) …" >&2
sf_open=$(median_ms "$bin" screen --data "$data" --as-of "$asof" --size 160x48 --keys q)
if [ "$have_orjson" = yes ]; then
  py_orjson=$(median_ms python3 -c 'import orjson, sys
for f in sys.argv[1:]:
    with open(f, "rb") as h: orjson.loads(h.read())' "${files[@]}")
else
  py_orjson=n/a
fi
py_json=$(median_ms python3 -c 'import json, sys
for f in sys.argv[1:]:
    with open(f, "rb") as h: json.loads(h.read())' "${files[@]}")

sf_report=$(median_ms "$bin" report pipeline --data "$data" --as-of "$asof" --format json)
# The same aggregation as `report pipeline`: open deals (stage kind open, or a stage the settings
# do not know) by stage: count, amount, weighted (amount × probability override or stage default).
jq_program='
  ($settings[0].settings.stages | map({key: .id, value: .}) | from_entries) as $st
  | [.items[] | select(($st[.stage].kind // "open") == "open")]
  | group_by(.stage)
  | map({stage: .[0].stage, count: length, amount: (map(.amount) | add),
         weighted: (map(.amount * (.probability // $st[.stage].probability // 0) / 100) | add)})
  | {stages: ., openCount: (map(.count) | add), openAmount: (map(.amount) | add),
     weightedAmount: (map(.weighted) | add)}'
if command -v jq >/dev/null 2>&1; then
  jq_report=$(median_ms jq --slurpfile settings "$data/settings.json" "$jq_program" "$data/deals.json")
else
  jq_report=n/a
fi

printf '\nworkspace: %s deals, %s people, %s activities, %s MB of JSON in %s files (%s cores)\n' \
  "$deals" "$people" "$activities" "$size_mb" "${#files[@]}" "$(nproc)"
printf '%-58s %10s\n' "measurement (median of $runs, whole process)" "ms"
printf '%-58s %10s\n' "salesfloor open → first frame (screen --keys q)" "$sf_open"
printf '%-58s %10s\n' "python3 orjson.loads, every collection file" "$py_orjson"
printf '%-58s %10s\n' "python3 json.loads, every collection file" "$py_json"
printf '%-58s %10s\n' "salesfloor report pipeline --format json" "$sf_report"
printf '%-58s %10s\n' "jq: count, sum and weighted sum by stage on deals.json" "$jq_report"
printf '\n%-58s %10s  %s\n' "ratio" "value" "target"
printf '%-58s %10s  %s\n' "open ÷ orjson" "$(ratio "$sf_open" "$py_orjson")" "≤ 1.00"
printf '%-58s %10s  %s\n' "open ÷ json" "$(ratio "$sf_open" "$py_json")" ""
printf '%-58s %10s  %s\n' "report ÷ jq" "$(ratio "$sf_report" "$jq_report")" "≤ 0.20"
