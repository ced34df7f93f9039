#!/usr/bin/env bash
# The parse benchmark: one CSV file read by the reader before (Commons CSV) and by the byte
# parser, alternating rounds, on one thread. Usage: benchmarks/parse.sh FILE [ROUNDS]
set -euo pipefail
exec "$(dirname "$0")/test-main.sh" 1g com.creditsrecon.jobs.benchmark.ParseBenchmark "$@"
