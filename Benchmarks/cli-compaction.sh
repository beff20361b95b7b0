#!/usr/bin/env bash
# Times EDITS CLI edits in a row on a demo workspace at the real compaction thresholds and prints,
# per edit: number, milliseconds, journal lines, journal bytes (docs/reliability.md).
#   Benchmarks/cli-compaction.sh [BIN] [EDITS] [one|spread]
# `one` updates the same deal every time (its history, so each journal line, keeps growing: the
# worst case); `spread` cycles through every open deal (the usual case).
# SALESFLOOR_COMPACT_SECONDS=0 reproduces the old behaviour (the process never waits for the
# compaction its commit started, so it dies with the process).
set -euo pipefail
BIN=${1:-.build/debug/salesfloor}
EDITS=${2:-1000}
MODE=${3:-one}
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
WS=$ROOT/ws
export SALESFLOOR_TODAY=2026-11-27
"$BIN" demo --data "$WS" >/dev/null
mapfile -t IDS < <("$BIN" deal list --open --format csv --data "$WS" | tail -n +2 | cut -d, -f1)
for i in $(seq 1 "$EDITS"); do
  if [ "$MODE" = spread ]; then id=${IDS[$((i % ${#IDS[@]}))]}; else id=${IDS[0]}; fi
  start=$(date +%s%N)
  "$BIN" deal update "$id" --amount $((1000 + i)) --next-step "call $i" --data "$WS" >/dev/null
  end=$(date +%s%N)
  echo "$i $(((end - start) / 1000000)) $(wc -l <"$WS/journal.jsonl") $(stat -c %s "$WS/journal.jsonl")"
done
