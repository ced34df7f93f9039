#!/usr/bin/env bash
# The pipeline benchmark of issue 11: `run` on a generated world with a 512 MB heap, back to back
# with the DuckDB baseline on the same usage files, ROUNDS times; prints per round the wall time,
# the peak RSS, the ratio to DuckDB and where the run's time went (run.json's durations_ms).
#
#   benchmarks/pipeline.sh [WORLD] [ROUNDS] [JAR ...]
#
# WORLD defaults to target/bench-pipeline/W, generated on the first run as the issue measured it
# (10,000 partners, 1,000,000 usage rows, seed 11: 1.5 M input rows, 1.1 GB of FOCUS usage).
# With several JARs (e.g. a copy of an earlier build), each round runs each of them in turn, so
# that before and after are measured in one sitting. Default: this checkout's build.
set -euo pipefail
cd "$(dirname "$0")/.."
world="${1:-target/bench-pipeline/W}"
rounds="${2:-3}"
shift $(( $# > 2 ? 2 : $# ))
./mvnw -B -q -DskipTests install
jars=("$@")
if [ ${#jars[@]} -eq 0 ]; then
  mkdir -p target/bench-pipeline
  cp jobs/target/credits-recon.jar target/bench-pipeline/credits-recon.jar
  jars=(target/bench-pipeline/credits-recon.jar)
fi
if [ ! -d "$world" ]; then
  java -XX:+UseParallelGC -jar "${jars[-1]}" generate --out "$world" --partners 10000 --usage-rows 1000000 --seed 11
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for round in $(seq 1 "$rounds"); do
  duck=$(../shared/bench/duckdb-baseline.sh "$world" | sed -n 's/^duckdb baseline: \([0-9.]*\)s.*/\1/p')
  echo "round $round: DuckDB ${duck} s"
  for jar in "${jars[@]}"; do
    rm -rf "$out/run"
    /usr/bin/time -f '%e %M' -o "$out/time" java -Xmx512m -XX:+UseParallelGC -jar "$jar" run --input "$world" \
      --out "$out/run" >/dev/null 2>&1 || echo "  $jar: exit $?"
    read -r wall rss < "$out/time"
    python3 - "$jar" "$wall" "$rss" "$duck" "$out/run/run.json" <<'PY'
import json, sys
jar, wall, rss, duck, path = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
d = json.load(open(path))["durations_ms"]
print(f"  {jar}: run {wall:.1f} s, peak RSS {rss // 1024} MB, {wall / duck:.1f}x DuckDB")
print("    " + ", ".join(f"{k} {v / 1000:.1f}" for k, v in d.items() if v >= 500))
PY
  done
done
