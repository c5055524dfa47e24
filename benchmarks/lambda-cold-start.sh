#!/usr/bin/env bash
# Lambda start-up, measured as whole processes: the deployment jar's size, then RUNS cold starts
# (JVM start -> handler built from the environment -> first event handled against dynalite), without and with
# the JVM options the stack sets. Usage: benchmarks/lambda-cold-start.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
STACK_JVM_OPTS="-XX:+TieredCompilation -XX:TieredStopAtLevel=1"

./mvnw -B -q -pl adapters-aws/lambda -am package -DskipTests -DskipNpm   # builds the jar and the test classes
[ -d node_modules/dynalite ] || npm ci --no-audit --no-fund --loglevel=error

JAR=adapters-aws/lambda/target/wait-times-lambda.jar
echo "artifact: $JAR $(stat -c %s "$JAR") bytes"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
node node_modules/dynalite/cli.js --host 127.0.0.1 --port "$PORT" --createTableMs 0 >/dev/null 2>&1 &
DYNALITE=$!
trap 'kill $DYNALITE 2>/dev/null || true' EXIT
for _ in $(seq 50); do (echo > /dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.1; done

export TABLE_NAME=cold-start EVENT_BUS_NAME=Serverlesspresso AWS_REGION=us-east-1
export AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:$PORT AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local
CP="$JAR:adapters-aws/lambda/target/test-classes:test-support/target/classes"
java -cp "$CP" dev.adhoc.waittimes.aws.lambda.ColdStart --create-table

for opts in "" "$STACK_JVM_OPTS"; do
  echo "JVM options: ${opts:-(none)}"
  for i in $(seq "$RUNS"); do
    # shellcheck disable=SC2086
    java $opts -cp "$CP" dev.adhoc.waittimes.aws.lambda.ColdStart 2>/dev/null | grep jvm_to
  done
done
