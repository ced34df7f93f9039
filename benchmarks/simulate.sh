#!/usr/bin/env bash
# The simulation benchmark: the whole `run` command with a 512 MB heap on a generated world,
# once with its events spread over 1 year and once over 10 years (same partners, same usage rows).
# Usage: benchmarks/simulate.sh [DIR] [PARTNERS] [USAGE_ROWS]
# Worlds are generated into DIR (default target/bench-simulate) on the first run and reused.
# Prints, per world: exit code, wall time, the simulate phase and its steps, partners/s and
# usage rows/s of the simulate step, where its partition threads spend their time, and the
# heap from the GC log: the most in use before a collection (ParallelGC lets garbage fill the
# heap, so this nears the limit) and the most still live after a full collection.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-target/bench-simulate}"
partners="${2:-10000}"
rows="${3:-1000000}"
./mvnw -B -q -DskipTests install
mkdir -p "$dir"
# a copy, so that a rebuild during a long run cannot swap the jar under it
cp jobs/target/credits-recon.jar "$dir/credits-recon.jar"
java="java -Xmx512m -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-}"

for months in 12 120; do
  world="$dir/world-$partners-$rows-${months}m"
  if [ ! -f "$world/partners.csv" ]; then
    rm -rf "$world"
    $java -jar "$dir/credits-recon.jar" generate --out "$world" --partners "$partners" \
      --usage-rows "$rows" --months "$months" --seed 7 >/dev/null
  fi
  out="$dir/out-${months}m"
  rm -rf "$out"
  mkdir -p "$out"
  start=$(date +%s%N)
  set +e
  $java -Xlog:gc:file="$out/gc.log" -jar "$dir/credits-recon.jar" run --input "$world" --out "$out" >"$out/console.txt" 2>&1
  code=$?
  set -e
  wall_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  # "GC(12) Pause Young (Allocation Failure) 300M->120M(490M) 12.3ms": the peak is before the arrow
  peak_mb=$(grep -o '[0-9]*M->' "$out/gc.log" | tr -d 'M>-' | sort -n | tail -1)
  # after a full collection only live data remains: the largest is the run's live-set peak
  live_mb=$(grep 'Pause Full' "$out/gc.log" | grep -o -- '->[0-9]*M' | tr -d 'M>-' | sort -n | tail -1)
  python3 - "$out/run.json" "$months" "$code" "$wall_ms" "${peak_mb:-0}" "$partners" "${live_mb:-0}" <<'PY'
import json, sys
run_json, months, code, wall_ms, peak_mb, partners, live_mb = sys.argv[1:]
d = json.load(open(run_json))
ms = d["durations_ms"]
usage = sum(f["loaded"] - f["superseded"] for f in d["inputs"] if f["file"].startswith("usage/"))
step = ms["simulateStep"] / 1000
print(f"{months:>3} months: exit {code}, wall {int(wall_ms)/1000:.1f} s, import {ms['import']/1000:.1f} s, "
      f"simulate {ms['simulate']/1000:.1f} s (simulateStep {step:.1f} s, checkRollforwardStep "
      f"{ms['checkRollforwardStep']/1000:.1f} s, writeSimulationFilesStep {ms['writeSimulationFilesStep']/1000:.1f} s)")
print(f"           simulateStep: {int(partners)/step:,.0f} partners/s, {usage/step:,.0f} usage rows/s "
      f"({usage:,} rows in effect)")
print(f"           heap: at most {peak_mb} MB in use (before a collection) of 512, at most {live_mb} MB live after a full collection")
print(f"           partition threads: reading worlds {ms['simulateStep.readWorlds']/1000:.1f} s, engine "
      f"{ms['simulateStep.engine']/1000:.1f} s, writing results {ms['simulateStep.writeResults']/1000:.1f} s")
PY
done
