#!/usr/bin/env bash
# The engine benchmark: the engine alone on one thread, every partner world of a finished
# run's embedded store held in memory, simulated ROUNDS times; prints CPU ms per round and
# the median. Usage: benchmarks/engine.sh OUT [ROUNDS] [AS_OF]   (OUT: a `run`'s --out folder)
set -euo pipefail
exec "$(dirname "$0")/test-main.sh" 3g com.creditsrecon.jobs.benchmark.EngineBenchmark "$@"
