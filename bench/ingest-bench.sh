#!/usr/bin/env bash
# Ingest benchmark: N copies of the example corpus (as JSON Lines) into a fresh TDB2 store, then the
# same again into the filled store (replacing every graph). Prints articles/s and the ratio to the target.
# Usage: bench/ingest-bench.sh [COPIES]   (default 50 copies, about 900 articles)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
copies="${1:-50}"
target_per_s="${CLAIMGRAPH_BENCH_TARGET:-100}"   # articles per second we aim for on 2 cores
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/generate-corpus.py "$copies" "$work/corpus.jsonl" >&2
n=$(wc -l < "$work/corpus.jsonl")
./claimgraph --version >/dev/null   # build the jar first, outside the timing
run() {
    local label="$1" start end secs
    start=$(date +%s.%N)
    ./claimgraph ingest --db "$work/db" "$work/corpus.jsonl" > "$work/$label.out" 2> "$work/$label.err" || true
    end=$(date +%s.%N)
    python3 -c 'import sys
label, n, start, end, target, summary = sys.argv[1:]
n, secs, target = int(n), float(end) - float(start), float(target)
print(f"{label:8} {n:6d} articles in {secs:7.1f} s = {n / secs:7.1f} articles/s (target {target:.0f}/s: ratio {n / secs / target:.2f})  {summary}")' \
        "$label" "$n" "$start" "$end" "$target_per_s" "$(tail -n 1 "$work/$label.out")"
}
run fresh
run replace
du -sh "$work/db" | awk '{print "database size after both runs: " $1}'
