#!/usr/bin/env bash
# Runs a benchmark's main class from the test sources, after building the project:
# benchmarks/test-main.sh HEAP CLASS [ARGS...]   (HEAP as -Xmx takes it: 256m, 3g)
set -euo pipefail
cd "$(dirname "$0")/.."
heap=$1
main=$2
shift 2
./mvnw -B -q -DskipTests install
./mvnw -B -q -pl jobs test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx"$heap" -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-} \
  -cp "jobs/target/test-classes:jobs/target/classes:$(cat jobs/target/bench-classpath.txt)" "$main" "$@"
