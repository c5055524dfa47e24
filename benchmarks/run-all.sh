#!/usr/bin/env bash
# Runs every benchmark of the project and writes what they measured under benchmarks/results/:
#   machine.txt         the machine, the JDK and the load while the benchmarks ran
#   <name>.txt          the full JMH output of each run (warmup included)
#   <name>.csv          the JMH results of each run
#   summary.md          the tables of docs/benchmarks.md (the only file of results/ under version control)
#
# Usage (from anywhere):  benchmarks/run-all.sh            all benchmarks (about 5 to 7 minutes on 2 cores)
#                         benchmarks/run-all.sh --quick    the same with few iterations: checks that all runs, figures are rough
#
# Needs a JDK 17+ and the Maven wrapper's network access (Maven Central) for the first build.
set -euo pipefail

cd "$(dirname "$0")/.."
RESULTS=benchmarks/results
JAR=benchmarks/target/benchmarks.jar
QUICK=false
[[ "${1:-}" == "--quick" ]] && QUICK=true
mkdir -p "$RESULTS"

# Iterations: "<warmup> <measurement>", quick or full.
iterations() { if $QUICK; then echo "$1"; else echo "$2"; fi; }

build() {
  echo "== building $JAR"
  ./mvnw -B -q -pl benchmarks -am -DskipTests -DskipNpm package
}

machine() {
  {
    echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
    echo "cpus:    $(nproc) ($(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1))"
    echo "memory:  $(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GiB"}')"
    echo "jdk:     $(java -version 2>&1 | head -1)"
    echo "vm:      $(java -version 2>&1 | tail -1)"
    echo "load:    $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (1, 5, 15 min) before the runs"
  } > "$RESULTS/machine.txt"
  cat "$RESULTS/machine.txt"
}

# jmh NAME WARMUP MEASUREMENT JMH-ARGS...: one JMH run, its output and its CSV under results/.
jmh() {
  local name=$1 warmup=$2 measurement=$3
  shift 3
  echo "== $name"
  java -Duser.language=en -Duser.country=US -jar "$JAR" "$@" -wi "$warmup" -i "$measurement" \
      -prof dev.adhoc.waittimes.benchmarks.CpuTimeProfiler \
      -rf csv -rff "$RESULTS/$name.csv" > "$RESULTS/$name.txt" 2>&1 \
    || { tail -30 "$RESULTS/$name.txt"; exit 1; }
  sed -n '/^Benchmark /,$p' "$RESULTS/$name.txt"
}

# Issue 7, part 1: events per second through the use cases on the in-memory adapters, ours and the reference's.
# Single-shot iterations of about a millisecond: many of them, after a long warmup (the JIT is slow to settle on a
# busy machine). The reference with 1 million orders takes seconds per shot, hence few iterations.
run_core_throughput() {
  jmh core-throughput-1k      $(iterations "300 300" "3000 2000") '\.CoreThroughput\.' -p history=1000
  jmh core-throughput-1m      $(iterations "300 300" "3000 2000") '\.CoreThroughput\.' -p history=1000000
  jmh reference-throughput-1k $(iterations "100 100" "500 1000")  '\.ReferenceThroughput\.' -p history=1000
  jmh reference-throughput-1m $(iterations "1 1" "1 3")           '\.ReferenceThroughput\.' -p history=1000000
  {
    echo "## Core throughput"
    echo
    java -cp "$JAR" dev.adhoc.waittimes.benchmarks.ThroughputSummary \
        "$RESULTS"/core-throughput-*.csv "$RESULTS"/reference-throughput-*.csv
  } > "$RESULTS/core-throughput.md"
}

# Hooks for the other parts of issue 7. Each writes its raw results under $RESULTS and its section of the summary
# to $RESULTS/<part>.md, which summary() appends in this order.
run_cost_per_order() { :; }      # part 2: cost per order against the reference design
run_lambda_startup() { :; }      # part 3: Lambda start-up
run_player_throughput() { :; }   # part 4: event player throughput

summary() {
  {
    echo "# Benchmark results"
    echo
    echo "Produced by \`benchmarks/run-all.sh$($QUICK && echo ' --quick')\`; see docs/benchmarks.md for what each figure means."
    echo
    echo '```'
    cat "$RESULTS/machine.txt"
    echo "load:    $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (1, 5, 15 min) after the runs"
    echo '```'
    for part in core-throughput cost-per-order lambda-startup player-throughput; do
      if [[ -f "$RESULTS/$part.md" ]]; then
        echo
        cat "$RESULTS/$part.md"
      fi
    done
  } > "$RESULTS/summary.md"
  echo "== wrote $RESULTS/summary.md"
}

rm -f "$RESULTS"/*.csv "$RESULTS"/*.txt "$RESULTS"/*.md
build
machine
SECONDS=0
run_core_throughput
run_cost_per_order
run_lambda_startup
run_player_throughput
summary
echo "== all benchmarks ran in $((SECONDS / 60)) min $((SECONDS % 60)) s"
