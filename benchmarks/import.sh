#!/usr/bin/env bash
# The import benchmark: usage import vs. merely parsing with Commons CSV, one file and a
# partitioned export, in one JVM with a 256 MB heap. Usage: benchmarks/import.sh [DIR] [ROWS] [PARTITIONS]
# Data is generated into DIR (default target/bench) on the first run and reused afterwards.
set -euo pipefail
exec "$(dirname "$0")/test-main.sh" 256m com.creditsrecon.jobs.benchmark.ImportBenchmark \
  "${1:-target/bench}" "${2:-1000000}" "${3:-4}"
