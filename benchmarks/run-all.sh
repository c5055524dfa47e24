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

# Part 1: events per second through the use cases in memory, ours and the reference's.
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

# Hooks for parts 2 to 4 (docs/benchmarks.md). Each writes its raw results under $RESULTS and its section of the summary
# to $RESULTS/<part>.md, which summary() appends in this order.
# Part 2: DynamoDB requests and capacity units per order, ours against the reference, over dynalite.
run_cost_per_order() {
  echo "== cost-per-order"
  [ -d node_modules/dynalite ] || npm ci --no-audit --no-fund --loglevel=error
  {
    echo "## Cost per order (DynamoDB over dynalite)"
    echo
    ./mvnw -B -q -pl adapters-aws/dynamodb -am -Pcost-per-order -DskipTests -DskipNpm test | sed -n '/^| past orders/,$p'
  } > "$RESULTS/cost-per-order.md"
  cat "$RESULTS/cost-per-order.md"
}

# Part 3: the Lambda jar's size, and whole-process cold starts (JVM start to first event handled against
# dynalite), without and with the JVM options the stack sets.
run_lambda_startup() {
  echo "== lambda-startup"
  local runs
  runs=$(iterations 2 7)
  benchmarks/lambda-cold-start.sh "$runs" > "$RESULTS/lambda-startup.txt" 2>&1
  {
    echo "## Lambda start-up ($runs whole processes each)"
    echo
    echo '```'
    grep -E '^(artifact|JVM options|jvm_to)' "$RESULTS/lambda-startup.txt"
    echo '```'
  } > "$RESULTS/lambda-startup.md"
  cat "$RESULTS/lambda-startup.md"
}

# Part 4: replay of a simulated 100,000-order stream (1,000 orders with --quick), in memory, in 32 MB of
# heap: events per second and peak resident memory.
run_player_throughput() {
  echo "== player-throughput"
  local orders player=event-player/target/event-player.jar events="$RESULTS/simulated.jsonl"
  orders=$(iterations 1000 100000)
  ./mvnw -B -q -pl event-player -am -DskipTests -DskipNpm package
  java -jar "$player" simulate --orders "$orders" --duplicates 5 --reorder 30 --format jsonl \
      --write-events "$events" > /dev/null 2> "$RESULTS/player-simulate.txt"
  /usr/bin/time -v java -Xmx32m -jar "$player" replay "$events" --format jsonl \
      > /dev/null 2> "$RESULTS/player-replay.txt"
  {
    echo "## Event player: replay of $orders simulated orders, in memory, -Xmx32m"
    echo
    echo '```'
    grep -E '^summary:' "$RESULTS/player-replay.txt"
    grep -E 'Maximum resident set size|Elapsed \(wall clock\)' "$RESULTS/player-replay.txt" | sed 's/^[[:space:]]*//'
    echo "input: $(wc -l < "$events") events, $(du -h "$events" | cut -f1)"
    echo '```'
  } > "$RESULTS/player-throughput.md"
  rm -f "$events"
  cat "$RESULTS/player-throughput.md"
}

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
