#!/usr/bin/env bash
# The fuzzing campaign of InputFuzzTests, at a size the build does not run: mutated sample
# files through the import's reader and row checks, and mutated input folders through the
# run command. Usage: benchmarks/fuzz.sh [FILE_CASES] [RUN_CASES] [SEED]
# (defaults 5000 300 and a seed from the clock, printed: a failure names its seed and case,
# and the same seed replays it).
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${3:-$(date +%s)}
echo "fuzz: ${1:-5000} file cases, ${2:-300} run cases, seed $seed" >&2
exec ./mvnw -B -q test -pl jobs -am -Dtest=InputFuzzTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcredits-recon.fuzz.file-cases="${1:-5000}" -Dcredits-recon.fuzz.run-cases="${2:-300}" \
  -Dcredits-recon.fuzz.seed="$seed"
