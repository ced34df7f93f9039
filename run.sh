#!/usr/bin/env bash
# Builds credits-recon if needed, then runs it. With no arguments: the main job on the bundled
# samples (run --input input-samples --out out). ./run.sh --help lists the commands.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/jobs/target/credits-recon.jar"

# Rebuild when the jar is missing or any source or pom is newer than it.
if [ ! -f "$jar" ] || [ -n "$(find "$here/pom.xml" "$here/model" "$here/reports" "$here/jobs" \
    \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit)" ]; then
  echo "building credits-recon (./mvnw -q -DskipTests install) ..." >&2
  (cd "$here" && ./mvnw -B -q -DskipTests install) >&2
fi

if [ "$#" -eq 0 ]; then
  set -- run --input "$here/input-samples" --out "$here/out"
fi
exec java -XX:+UseParallelGC ${CREDITS_RECON_JAVA_OPTS:-} -jar "$jar" "$@"
