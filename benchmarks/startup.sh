#!/usr/bin/env bash
# Start-up with and without the class-data archive the build makes (adapter-http/target/ronghe-server.jsa,
# docs/adr/0011), side by side: the same jar on the same generated store, started alternately (with,
# without, with, ...), each timed from the java command to its first answered GET of a committee, as
# benchmarks/run.sh times it. With --a REV --b REV it compares two git revisions instead, each started
# with its own archive (an archive names the jar's path, so each side runs from its own build tree);
# "worktree" stands for the working tree as it is.
#
#   bash benchmarks/startup.sh [--scale district|city|province|tasks_1m] [--backend h2|pg] [--rounds N]
#                              [--no-build | --a REV --b REV]
#
# --backend pg: a database of its own on the local PostgreSQL (scripts/postgres.sh starts it).
# Prints every start and the medians. Writes to benchmarks/target/startup.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=district ROUNDS=5 BUILD=1 BACKEND=h2 A_REV="" B_REV=""
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE="$2"; shift ;;
    --backend) BACKEND="$2"; shift ;;
    --rounds) ROUNDS="$2"; shift ;;
    --no-build) BUILD=0 ;;
    --a) A_REV="$2"; shift ;;
    --b) B_REV="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
case "$BACKEND" in h2|pg) ;; *) echo "--backend h2|pg" >&2; exit 2 ;; esac
OUT=benchmarks/target/startup
PORT=7190
source benchmarks/scripts/common.sh # JAVA_FLAGS, SECRET, log, median

if [ -n "$A_REV$B_REV" ] && { [ -z "$A_REV" ] || [ -z "$B_REV" ]; }; then echo "--a and --b go together" >&2; exit 2; fi
TREES=()
cleanup() { for tree in "${TREES[@]:-}"; do [ -n "$tree" ] && git worktree remove --force "$tree" 2>/dev/null || true; done; }
trap cleanup EXIT
build_tree() { # rev -> prints the tree its jar and archive were built in
  local rev=$1 tree=$PWD
  if [ "$rev" != worktree ]; then
    tree=$(mktemp -d /tmp/ronghe-startup-XXXX)
    git worktree add -q --detach "$tree" "$rev"
  fi
  log "building $rev (mvn -P benchmarks package)"
  (cd "$tree" && mvn -q -B -ntp -P benchmarks -DskipTests package >&2)
  echo "$tree"
}
if [ -n "$A_REV" ]; then
  A_TREE=$(build_tree "$A_REV"); [ "$A_REV" = worktree ] || TREES+=("$A_TREE")
  B_TREE=$(build_tree "$B_REV"); [ "$B_REV" = worktree ] || TREES+=("$B_TREE")
  BUILD=0
else
  A_TREE=$PWD B_TREE=$PWD
fi
if [ "$BUILD" = 1 ]; then log "building (mvn -P benchmarks package)"; mvn -q -B -P benchmarks package -DskipTests; fi
SERVER_JAR=adapter-http/target/ronghe-server.jar
ARCHIVE=adapter-http/target/ronghe-server.jsa
BENCH_JAR=$B_TREE/benchmarks/target/ronghe-benchmarks.jar
for tree in "$A_TREE" "$B_TREE"; do
  [ -s "$tree/$ARCHIVE" ] || { echo "no $tree/$ARCHIVE: the build makes it (mvn -P benchmarks package)" >&2; exit 1; }
done
rm -rf "$OUT" && mkdir -p "$OUT"
STORE_ENV=()
if [ "$BACKEND" = pg ]; then
  eval "$(bash scripts/postgres.sh 2>/dev/null)"
  fresh_pg_database ronghe_startup
  URL=jdbc:postgresql://127.0.0.1:5432/ronghe_startup
  CREDENTIALS=(ronghe ronghe)
  STORE_ENV=(RONGHE_DB_USER=ronghe RONGHE_DB_PASSWORD=ronghe)
else
  URL="jdbc:h2:file:$PWD/$OUT/store"
  CREDENTIALS=()
fi
log "generating the $SCALE store on $BACKEND"
java -Xmx3g -cp "$BENCH_JAR" org.ronghe.benchmarks.data.Generate "$URL" \
  "$(echo "$SCALE" | tr '[:lower:]' '[:upper:]')" "$SECRET" "$OUT/store.properties" "${CREDENTIALS[@]}" > "$OUT/generate.log" 2>&1
if [ "$BACKEND" = pg ]; then
  settle_pg_database ronghe_startup
fi
COMMITTEE=$(sed -n 's/^committee=//p' "$OUT/store.properties")
sync

first_request_ms() { # build tree, extra java flags... -> ms from the java command to the first answer
  local tree=$1 t0 pid ms
  shift
  t0=$(date +%s%N)
  env "${STORE_ENV[@]}" RONGHE_DB_URL="$URL" RONGHE_HTTP_PORT=$PORT RONGHE_RATE_LIMIT_PER_MINUTE=0 \
    RONGHE_BOOTSTRAP_TOKEN=$SECRET java "${JAVA_FLAGS[@]}" "$@" -jar "$tree/$SERVER_JAR" >> "$OUT/server.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -H "Authorization: Bearer $SECRET" "http://127.0.0.1:$PORT/api/v1/committees/$COMMITTEE"; do
    kill -0 "$pid" 2>/dev/null || { echo "the server stopped; see $OUT/server.log" >&2; exit 1; }
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms"
}

# Two sides started alternately, each: a label, its build tree, its java flags.
if [ -n "$A_REV" ]; then
  ONE=("a ($A_REV)" "$A_TREE" -Xshare:on -XX:SharedArchiveFile="$A_TREE/$ARCHIVE")
  TWO=("b ($B_REV)" "$B_TREE" -Xshare:on -XX:SharedArchiveFile="$B_TREE/$ARCHIVE")
  WHAT=", each with its archive" RATIO="b / a"
else # -Xshare:on: a JVM that cannot map the archive refuses to start
  ONE=("with the class-data archive" "$PWD" -Xshare:on -XX:SharedArchiveFile="$ARCHIVE")
  TWO=("without (the JDK's own archive)" "$PWD")
  WHAT="" RATIO="with / without"
fi
FIRST="" SECOND=""
for round in $(seq 1 "$ROUNDS"); do
  one=$(first_request_ms "${ONE[@]:1}")
  two=$(first_request_ms "${TWO[@]:1}")
  FIRST+="$one " SECOND+="$two "
  log "round $round: first request ${ONE[0]} $one ms, ${TWO[0]} $two ms"
done
m1=$(echo "$FIRST" | median) m2=$(echo "$SECOND" | median)
echo "first request after start, $SCALE store on $BACKEND, median of $ROUNDS alternated starts$WHAT:"
echo "  ${ONE[0]}: $m1 ms (starts: $FIRST)"
echo "  ${TWO[0]}: $m2 ms (starts: $SECOND)"
if [ -n "$A_REV" ]; then ratio=$(awk -v x="$m2" -v y="$m1" 'BEGIN { printf "%.2f", x / y }')
else ratio=$(awk -v x="$m1" -v y="$m2" 'BEGIN { printf "%.2f", x / y }'); fi
echo "  $RATIO: $ratio"
