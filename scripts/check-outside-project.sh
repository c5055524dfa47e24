#!/usr/bin/env bash
# Checks that a project of its own, outside this repository, builds on the installed artifacts alone, as the
# README's "Build your own extension" says:
#   1. installs core, adapters-inmemory, aws-dynamodb (with aws-sdk-support), aws-eventbridge-contract and test-support (with their
#      sources and Javadoc jars) into a PRIVATE local Maven repository, seeded with a copy of ~/.m2/repository
#      without any of this project's artifacts (the shared ~/.m2 is never written to);
#   2. makes a project in a temporary directory from scripts/outside-project/ and the README's throughput example,
#      and installs dynalite into that project's own node_modules (the README's npm command);
#   3. builds it on the private repository: it compiles the example and runs its tests, in memory and on
#      dynalite. This project's artifacts are on no remote repository, so they can only come from step 1. Not
#      offline: without this build's dependency management a user's Maven reads the POMs of versions that lose a
#      conflict (json-schema-validator asks for a newer Jackson than the one it gets), which a build of this
#      repository never downloads; Maven Central serves them, as it would to any user.
#
# Usage: scripts/check-outside-project.sh   (the build runs it as consumer-check's test: ./mvnw -B -pl consumer-check verify)
# Environment: OUTSIDE_PROJECT_DIR=<dir> works there (default: a new temporary directory, removed at the end);
#              KEEP_OUTSIDE_PROJECT=true keeps it; SEED_REPOSITORY=<dir> seeds from there (default ~/.m2/repository).
# Needs: JDK 17+, Node.js 20+ with npm (the npm registry or its cache for dynalite).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${OUTSIDE_PROJECT_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/outside-project.XXXXXX")}
SEED=${SEED_REPOSITORY:-$HOME/.m2/repository}
REPO="$WORK/m2-repository"
PROJECT="$WORK/throughput-extension"
MODULES=core,adapters-inmemory,adapters-aws/dynamodb,adapters-aws/eventbridge-contract,test-support
ARTIFACTS="core adapters-inmemory aws-sdk-support aws-dynamodb aws-eventbridge-contract test-support"
GROUP_DIR=dev/adhoc/waittimes

case "$WORK/" in
  "$ROOT"/*) echo "OUTSIDE_PROJECT_DIR must be outside the repository ($ROOT)" >&2; exit 2 ;;
esac
if [ "${KEEP_OUTSIDE_PROJECT:-false}" != true ] && [ -z "${OUTSIDE_PROJECT_DIR:-}" ]; then
  trap 'rm -rf "$WORK"' EXIT
fi
step() { echo "== $* ($(( SECONDS ))s)"; }

VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -1)
[ -n "$VERSION" ] || { echo "cannot read the version from $ROOT/pom.xml" >&2; exit 1; }

step "seeding the private repository $REPO from $SEED"
mkdir -p "$REPO"
if [ -d "$SEED" ]; then
  # other builds may be writing to the seed meanwhile: a file that vanished is downloaded again if it is needed
  cp -a "$SEED/." "$REPO/" 2> "$WORK/seed-errors.log" \
    || echo "note: $(wc -l < "$WORK/seed-errors.log") files of the seed changed while being copied ($WORK/seed-errors.log)"
fi
rm -rf "${REPO:?}/$GROUP_DIR"   # only what step 1 installs may be found

step "installing $MODULES $VERSION (tests skipped: the build runs them)"
(cd "$ROOT" && ./mvnw -B -q -Dmaven.repo.local="$REPO" -DskipNpm -Dmaven.test.skip=true \
    -pl "$MODULES" -am install)
for a in $ARTIFACTS; do
  for suffix in .jar -sources.jar -javadoc.jar .pom; do
    f="$REPO/$GROUP_DIR/$a/$VERSION/$a-$VERSION$suffix"
    [ -f "$f" ] || { echo "missing after install: $f" >&2; exit 1; }
  done
  echo "installed $a: $(cd "$REPO/$GROUP_DIR/$a/$VERSION" && ls ./*.jar | sed 's:^\./::' | tr '\n' ' ')"
done

step "making the project $PROJECT"
rm -rf "$PROJECT"
cp -r "$ROOT/scripts/outside-project" "$PROJECT"
sed -i "s|@WAITTIMES_VERSION@|$VERSION|" "$PROJECT/pom.xml"
mkdir -p "$PROJECT/src/main/java/example"
# the README's java block that holds the class Throughput, verbatim, in a package of the project's own
awk '/^```java$/ { block = ""; inside = 1; next }
     /^```$/ && inside { if (block ~ /public final class Throughput /) { printf "%s", block; found = 1 } inside = 0; next }
     inside { block = block $0 "\n" }
     END { if (!found) exit 1 }' "$ROOT/README.md" > "$WORK/example.java" \
  || { echo "README.md has no java block with the class Throughput" >&2; exit 1; }
{ echo "package example;"; echo; cat "$WORK/example.java"; } > "$PROJECT/src/main/java/example/Throughput.java"
if grep -rqF "$ROOT" "$PROJECT"; then
  echo "the project names the repository's directory: it must not depend on a checkout" >&2; exit 1
fi

step "installing dynalite into the project's own node_modules"
(cd "$PROJECT" && npm install --save-dev --no-audit --no-fund --loglevel=error dynalite@4.0.0 > /dev/null)

step "building the project on the private repository"
(cd "$PROJECT" && "$ROOT/mvnw" -B -Dmaven.repo.local="$REPO" verify) | tee "$WORK/build.log" \
  | grep -E "Tests run:|BUILD|ERROR" || true
grep -q "BUILD SUCCESS" "$WORK/build.log" || { echo "the outside project did not build: $WORK/build.log" >&2; exit 1; }
for t in ThroughputTest ThroughputOnDynamoDbTest; do
  grep -q "Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0.* in example.$t" "$WORK/build.log" \
    || { echo "the outside project ran no passing $t: $WORK/build.log" >&2; exit 1; }
done
step "the outside project builds on the installed artifacts alone"
