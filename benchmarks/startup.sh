#!/usr/bin/env bash
# Start-up with and without the class-data archive the build makes (adapter-http/target/ronghe-server.jsa,
# docs/adr/0011), side by side: the same jar on the same generated store, started alternately (with,
# without, with, ...), each timed from the java command to its first answered GET of a committee, as
# benchmarks/run.sh times it.
#
#   bash benchmarks/startup.sh [--scale district|city|province] [--backend h2|pg] [--rounds N] [--no-build]
#
# --backend pg: a database of its own on the local PostgreSQL (scripts/postgres.sh starts it).
# Prints every start and the medians. Writes to benchmarks/target/startup.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=district ROUNDS=5 BUILD=1 BACKEND=h2
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE="$2"; shift ;;
    --backend) BACKEND="$2"; shift ;;
    --rounds) ROUNDS="$2"; shift ;;
    --no-build) BUILD=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
case "$BACKEND" in h2|pg) ;; *) echo "--backend h2|pg" >&2; exit 2 ;; esac
OUT=benchmarks/target/startup
PORT=7190
source benchmarks/scripts/common.sh # JAVA_FLAGS, SECRET, log, median

if [ "$BUILD" = 1 ]; then log "building (mvn -P benchmarks package)"; mvn -q -B -P benchmarks package -DskipTests; fi
SERVER_JAR=adapter-http/target/ronghe-server.jar
ARCHIVE=adapter-http/target/ronghe-server.jsa
BENCH_JAR=benchmarks/target/ronghe-benchmarks.jar
[ -s "$ARCHIVE" ] || { echo "no $ARCHIVE: the build makes it (mvn -P benchmarks package)" >&2; exit 1; }
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

first_request_ms() { # extra java flags... -> ms from the java command to the first answer
  local t0 pid ms
  t0=$(date +%s%N)
  env "${STORE_ENV[@]}" RONGHE_DB_URL="$URL" RONGHE_HTTP_PORT=$PORT RONGHE_RATE_LIMIT_PER_MINUTE=0 \
    RONGHE_BOOTSTRAP_TOKEN=$SECRET java "${JAVA_FLAGS[@]}" "$@" -jar "$SERVER_JAR" >> "$OUT/server.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -H "Authorization: Bearer $SECRET" "http://127.0.0.1:$PORT/api/v1/committees/$COMMITTEE"; do
    kill -0 "$pid" 2>/dev/null || { echo "the server stopped; see $OUT/server.log" >&2; exit 1; }
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms"
}

WITH="" WITHOUT=""
for round in $(seq 1 "$ROUNDS"); do
  w=$(first_request_ms -Xshare:on -XX:SharedArchiveFile="$ARCHIVE") # on: a JVM that cannot map it refuses to start
  o=$(first_request_ms)
  WITH+="$w " WITHOUT+="$o "
  log "round $round: first request with the archive $w ms, without $o ms"
done
mw=$(echo "$WITH" | median) mo=$(echo "$WITHOUT" | median)
echo "first request after start, $SCALE store on $BACKEND, median of $ROUNDS alternated starts:"
echo "  with the class-data archive:    $mw ms (starts: $WITH)"
echo "  without (the JDK's own archive): $mo ms (starts: $WITHOUT)"
awk -v w="$mw" -v o="$mo" 'BEGIN { printf "  with / without: %.2f\n", w / o }'
