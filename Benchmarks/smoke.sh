#!/usr/bin/env bash
# CI smoke run of the benchmarks: builds salesfloor-bench and runs every benchmark once on a small
# generated workspace. It proves they still run; it does not gate on timings (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8 LANG=C.UTF-8
swift build --product salesfloor-bench >/dev/null
bin="$(swift build --product salesfloor-bench --show-bin-path)/salesfloor-bench"
set +e
"$bin" --smoke | tee /tmp/salesfloor-bench-smoke.txt
status=${PIPESTATUS[0]}
set -e
summary="$(tail -n 1 /tmp/salesfloor-bench-smoke.txt)"
if ! [[ "$summary" =~ ^[0-9]+\ passed,\ [0-9]+\ failed$ ]]; then
  echo "0 passed, 1 failed"
  exit 1
fi
exit "$status"
