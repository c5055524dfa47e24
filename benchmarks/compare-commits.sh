#!/usr/bin/env bash
# Measures CoreThroughput.oneThread with the core and in-memory adapters of several commits, all with the
# benchmark code of the current checkout, so that the figures differ only by the code under test.
# Writes benchmarks/results/compare-<commit>.csv/.txt and prints a table (CPU ns per event).
#
# Usage: benchmarks/compare-commits.sh COMMIT...     e.g. benchmarks/compare-commits.sh bb17359 HEAD
#        benchmarks/compare-commits.sh --table-only COMMIT...   prints the table of results already there
# Each commit takes about 3 minutes (5 for a commit before the purge fix, whose 1 M case is slow), build included.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
RESULTS=benchmarks/results
mkdir -p "$RESULTS"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

TABLE_ONLY=false
if [[ "${1:-}" == "--table-only" ]]; then TABLE_ONLY=true; shift; fi

for commit in "$@"; do
  $TABLE_ONLY && break
  sha=$(git rev-parse --short "$commit")
  echo "== $commit ($sha): building"
  mkdir -p "$WORK/$sha"
  git archive "$sha" | tar -x -C "$WORK/$sha"
  # the benchmark code and the root POM (module list, versions) of the current checkout
  cp pom.xml "$WORK/$sha/pom.xml"
  rm -rf "$WORK/$sha/benchmarks"
  cp -r benchmarks "$WORK/$sha/benchmarks"
  rm -rf "$WORK/$sha/benchmarks/target" "$WORK/$sha/benchmarks/results"
  (cd "$WORK/$sha" && ./mvnw -B -q -pl core,adapters-inmemory,benchmarks -DskipTests -DskipNpm package)
  jar="$WORK/$sha/benchmarks/target/benchmarks.jar"
  : > "$RESULTS/compare-$sha.txt"
  for history in 1000 1000000; do
    # before the purge fix a shot at 1 M history takes about 20 ms, and the reset as much: fewer iterations
    iterations="-wi 3000 -i 2000"
    if [[ $history == 1000000 ]] \
        && ! git cat-file -e "$sha:adapters-inmemory/src/main/java/dev/adhoc/waittimes/inmemory/ExpiryIndex.java" 2>/dev/null; then
      iterations="-wi 300 -i 300"
    fi
    java -Duser.language=en -Duser.country=US -jar "$jar" '\.CoreThroughput\.oneThread' -p history=$history \
        $iterations -prof dev.adhoc.waittimes.benchmarks.CpuTimeProfiler \
        -rf csv -rff "$RESULTS/compare-$sha-$history.csv" >> "$RESULTS/compare-$sha.txt" 2>&1
  done
done

echo
echo "CoreThroughput.oneThread, CPU ns per event (± 99.9 % error), wall ns per event in brackets"
printf "%-10s %-22s %-22s %-22s %-22s\n" commit "1 k, N = 10" "1 k, N = 100" "1 M, N = 10" "1 M, N = 100"
for commit in "$@"; do
  sha=$(git rev-parse --short "$commit")
  row=$(printf "%-10s" "$sha")
  for history in 1000 1000000; do
    for window in 10 100; do
      cpu=$(tr -d '\r' < "$RESULTS/compare-$sha-$history.csv" | grep "oneThread:cpu\",\"ss\",1,[0-9]*,[^,]*,[^,]*,\"ns/op\",$history,$window\$" \
              | awk -F, '{printf "%.0f ± %.0f", $5, $6}')
      wall=$(tr -d '\r' < "$RESULTS/compare-$sha-$history.csv" | grep "oneThread\",\"ss\",1,[0-9]*,[^,]*,[^,]*,\"ns/op\",$history,$window\$" \
              | awk -F, '{printf "%.0f", $5}')
      row="$row $(printf "%-22s" "$cpu [$wall]")"
    done
  done
  echo "$row"
done
