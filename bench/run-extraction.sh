#!/usr/bin/env bash
# Extraction throughput on the examples and the seeds (or the folders given), one thread.
# Usage: bench/run-extraction.sh [ROUNDS] [FOLDER...]   (run from the project root)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$home"
jar="target/claimgraph.jar"
if [[ ! -f "$jar" ]] || [[ -n "$(find src -newer "$jar" -print -quit)" ]]; then
    echo "building $jar ..." >&2
    mvn -B -q -DskipTests package >&2
fi
exec java -cp "$jar" bench/ExtractionBench.java "$@"
