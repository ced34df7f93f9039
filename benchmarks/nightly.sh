#!/usr/bin/env bash
# The nightly benchmark of issue 15: a nightly run that adds one day of usage to a store that
# already holds 10,000 partners and a year of usage, next to a full `run` over the same inputs,
# ROUNDS times alternating, with DuckDB's baseline on the same usage files.
#
#   benchmarks/nightly.sh [ROUNDS] [JAVA OPTIONS...]
#
# Builds under target/bench-nightly/ (once): W, generated as the pipeline benchmark's world
# (10,000 partners, 12 months, 1,000,000 usage rows, seed 11); A, W without its last export and
# with a month-to-date export of October up to the 30th instead (the night before); B, A plus
# W's last export (October restated with its 31st). Night A is imported once into a store (R0);
# each round copies it and runs the night of B on it (as-of 2026-10-31), and `run` over B from
# nothing. Prints per round the wall time, peak RSS and run.json's phases of each.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
shift $(( $# > 0 ? 1 : 0 ))
opts=("$@")
[ ${#opts[@]} -eq 0 ] && opts=(-XX:+UseParallelGC)
./mvnw -B -q -DskipTests install
dir=target/bench-nightly
mkdir -p "$dir"
jar="$dir/credits-recon.jar"
cp jobs/target/credits-recon.jar "$jar"
if [ ! -d "$dir/B" ]; then
  java -jar "$jar" generate --out "$dir/W" --partners 10000 --months 12 --usage-rows 1000000 --seed 11 > /dev/null
  mkdir -p "$dir/A/usage"
  for f in "$dir"/W/*.csv; do ln "$f" "$dir/A/"; done
  for e in "$dir"/W/usage/*; do [ "$(basename "$e")" = 2026-10-31-export ] || cp -al "$e" "$dir/A/usage/"; done
  mkdir -p "$dir/A/usage/2026-10-30-export"
  # every row of W's last export not charged on the 31st (CSV-aware: values may hold commas)
  python3 - "$dir/W/usage/2026-10-31-export" "$dir/A/usage/2026-10-30-export" <<'PY'
import csv, os, sys
src, dst = sys.argv[1], sys.argv[2]
for part in sorted(os.listdir(src)):
    with open(os.path.join(src, part), newline='', encoding='utf-8') as f, \
            open(os.path.join(dst, part), 'w', newline='', encoding='utf-8') as g:
        rows, out = csv.reader(f), csv.writer(g, lineterminator='\n')
        header = next(rows)
        out.writerow(header)
        day = header.index('ChargePeriodStart')
        out.writerows(row for row in rows if not row[day].startswith('2026-10-31'))
PY
  cp -al "$dir/A" "$dir/B"
  cp -al "$dir/W/usage/2026-10-31-export" "$dir/B/usage/"
fi
if [ ! -d "$dir/R0" ]; then
  java "${opts[@]}" -jar "$jar" nightly --input "$dir/A" --out "$dir/R0" --as-of 2026-10-30 > "$dir/R0.log"
fi
phases() {
  python3 - "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))['durations_ms']
print(' '.join('%s=%.2f' % (k, d.get(k, 0) / 1000) for k in ('import', 'simulate', 'reconcile', 'history', 'report')))
PY
}
for round in $(seq 1 "$rounds"); do
  echo "round $round duckdb: $(../shared/bench/duckdb-baseline.sh "$dir/B" 2>&1 | tail -1)"
  rm -rf "$dir/run"
  /usr/bin/time -f "%e s wall, %M KB" -o "$dir/time" java "${opts[@]}" -jar "$jar" run --input "$dir/B" --out "$dir/run" > /dev/null
  echo "round $round run: $(cat "$dir/time") $(phases "$dir/run/run.json")"
  rm -rf "$dir/R" && cp -a "$dir/R0" "$dir/R"
  /usr/bin/time -f "%e s wall, %M KB" -o "$dir/time" java "${opts[@]}" -jar "$jar" nightly --input "$dir/B" --out "$dir/R" --as-of 2026-10-31 > /dev/null
  echo "round $round nightly: $(cat "$dir/time") $(phases "$dir/R/2026-10-31/run.json")"
done
