#!/usr/bin/env bash
# The import benchmark: usage import vs. merely parsing with Commons CSV, one file and a
# partitioned export, in one JVM with a 256 MB heap. Usage: benchmarks/import.sh [DIR] [ROWS] [PARTITIONS]
# Data is generated into DIR (default target/bench) on the first run and reused afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests install
./mvnw -B -q -pl jobs test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx256m -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-} \
  -cp "jobs/target/test-classes:jobs/target/classes:$(cat jobs/target/bench-classpath.txt)" \
  com.creditsrecon.jobs.benchmark.ImportBenchmark "${1:-target/bench}" "${2:-1000000}" "${3:-4}"
