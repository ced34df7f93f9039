#!/usr/bin/env bash
# The reconciliation benchmark: `generate` with injected breaks, then the whole `run` command,
# each with a 512 MB heap, on one world (1 year, seed 7).
# Usage: benchmarks/reconcile.sh [DIR] [PARTNERS] [USAGE_ROWS] [BREAKS]
# Prints: generation wall time and peak RSS (the simulation of the truth included); the run's
# exit code, wall time, peak RSS, its phases and reconcile steps; the heap from the GC log (the
# most in use before a collection, and the most still live after a full collection); and
# whether breaks.csv holds exactly the answer key's rows.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-target/bench-reconcile}"
partners="${2:-10000}"
rows="${3:-1000000}"
breaks="${4:-50}"
./mvnw -B -q -DskipTests install
mkdir -p "$dir"
# a copy, so that a rebuild during a long run cannot swap the jar under it
cp jobs/target/credits-recon.jar "$dir/credits-recon.jar"
java="java -Xmx512m -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-}"
world="$dir/world-$partners-$rows-k$breaks"
out="$dir/out-$partners-$rows-k$breaks"
rm -rf "$world" "$out"
mkdir -p "$out"

/usr/bin/time -v -o "$dir/generate.time" $java -jar "$dir/credits-recon.jar" generate --out "$world" \
  --partners "$partners" --usage-rows "$rows" --seed 7 --inject-breaks "$breaks" >"$dir/generate.txt"
set +e
/usr/bin/time -v -o "$out/run.time" $java -Xlog:gc:file="$out/gc.log" -jar "$dir/credits-recon.jar" run \
  --input "$world" --out "$out" >"$out/console.txt" 2>&1
code=$?
set -e
# "GC(12) Pause Young (Allocation Failure) 300M->120M(490M) 12.3ms": the peak is before the arrow
peak_mb=$(grep -o '[0-9]*M->' "$out/gc.log" | tr -d 'M>-' | sort -n | tail -1)
# after a full collection only live data remains: the largest is the run's live-set peak
live_mb=$(grep 'Pause Full' "$out/gc.log" | grep -o -- '->[0-9]*M' | tr -d 'M>-' | sort -n | tail -1)
python3 - "$dir/generate.time" "$out/run.time" "$out/run.json" "$code" "${peak_mb:-0}" "${live_mb:-0}" \
  "$world/injected-breaks.csv" "$out/reconciliation/breaks.csv" <<'PY'
import csv, json, re, sys
gen_time, run_time, run_json, code, peak_mb, live_mb, key_file, breaks_file = sys.argv[1:]
def measures(path):
    text = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) // 1024
    return seconds, rss
gen_s, gen_rss = measures(gen_time)
run_s, run_rss = measures(run_time)
d = json.load(open(run_json))
ms = d["durations_ms"]
print(f"generate: {gen_s:.1f} s, peak RSS {gen_rss} MB")
print(f"run: exit {code}, wall {run_s:.1f} s, peak RSS {run_rss} MB; import {ms['import']/1000:.1f} s, "
      f"simulate {ms['simulate']/1000:.1f} s, reconcile {ms['reconcile']/1000:.1f} s "
      f"(prepare {ms['prepareReconciliationStep']/1000:.1f} s, reconcileStep {ms['reconcileStep']/1000:.1f} s, "
      f"files {ms['writeReconciliationFilesStep']/1000:.1f} s)")
print(f"heap: at most {peak_mb} MB in use (before a collection) of 512, at most {live_mb} MB live after a full collection")
fields = ("object", "key", "reported_key", "field", "break_class")
key = {tuple(r[f] for f in fields) for r in csv.DictReader(open(key_file))}
found = [tuple(r[f] for f in fields) for r in csv.DictReader(open(breaks_file))]
print(f"breaks: {len(found)} rows, answer key {len(key)} rows, identical: {set(found) == key and len(found) == len(key)}")
PY
