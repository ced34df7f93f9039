#!/usr/bin/env bash
# The engine benchmark: the engine alone on one thread, every partner world of a finished
# run's embedded store held in memory, simulated ROUNDS times; prints CPU ms per round and
# the median. Usage: benchmarks/engine.sh OUT [ROUNDS] [AS_OF]   (OUT: a `run`'s --out folder)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests install
./mvnw -B -q -pl jobs test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx3g -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-} \
  -cp "jobs/target/test-classes:jobs/target/classes:$(cat jobs/target/bench-classpath.txt)" \
  com.creditsrecon.jobs.benchmark.EngineBenchmark "$@"
