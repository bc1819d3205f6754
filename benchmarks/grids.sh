#!/usr/bin/env bash
# The grids' map answer under load (issue 19): GET /api/v1/grids.geojson?level=MICRO (every micro grid of the
# Jiading New City data set, 1,882 polygons, about 1.2 MB) from a demo server (RONGHE_DEMO=true) on each
# backend, in the JVM every benchmark uses (benchmarks/scripts/common.sh, -Xmx128m), warmed up, then wrk;
# prints requests/s, p50 and p99 against the budget (p99 under 300 ms), and the demo's start time.
#
#   bash benchmarks/grids.sh [--backends "h2 pg"] [--seconds N] [--no-build]
#
# Writes to benchmarks/target/grids.
set -euo pipefail
cd "$(dirname "$0")/.."
BACKENDS="h2 pg" SECONDS_MEASURED=20 BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --backends) BACKENDS="$2"; shift ;;
    --seconds) SECONDS_MEASURED="$2"; shift ;;
    --no-build) BUILD=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
source benchmarks/scripts/common.sh # JAVA_FLAGS, SECRET, log, pg helpers
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ "$BUILD" = 1 ]; then log "building (mvn -P benchmarks package)"; mvn -q -B -P benchmarks package -DskipTests; fi
SERVER_JAR=adapter-http/target/ronghe-server.jar
ARCHIVE=adapter-http/target/ronghe-server.jsa
OUT=benchmarks/target/grids
PORT=7191
PATH_MEASURED="/api/v1/grids.geojson?level=MICRO"
rm -rf "$OUT" && mkdir -p "$OUT"
FAILED=0
for backend in $BACKENDS; do
  STORE_ENV=()
  if [ "$backend" = pg ]; then
    eval "$(bash scripts/postgres.sh 2>/dev/null)"
    fresh_pg_database ronghe_grids
    URL=jdbc:postgresql://127.0.0.1:5432/ronghe_grids
    STORE_ENV=(RONGHE_DB_USER=ronghe RONGHE_DB_PASSWORD=ronghe)
  else
    URL="jdbc:h2:file:$PWD/$OUT/h2-store"
  fi
  t0=$(date +%s%N)
  env "${STORE_ENV[@]}" RONGHE_DB_URL="$URL" RONGHE_HTTP_PORT=$PORT RONGHE_RATE_LIMIT_PER_MINUTE=0 RONGHE_DEMO=true \
    RONGHE_BOOTSTRAP_TOKEN=$SECRET java "${JAVA_FLAGS[@]}" -XX:SharedArchiveFile="$ARCHIVE" -jar "$SERVER_JAR" \
    > "$OUT/server-$backend.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "the server stopped; see $OUT/server-$backend.log" >&2; exit 1; }
    sleep 0.1
  done
  started=$(( ($(date +%s%N) - t0) / 1000000 ))
  bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $SECRET" "http://127.0.0.1:$PORT$PATH_MEASURED")
  wrk -t2 -c4 -d"$(( SECONDS_MEASURED / 2 + 1 ))s" -H "Authorization: Bearer $SECRET" \
    "http://127.0.0.1:$PORT$PATH_MEASURED" > "$OUT/warmup-$backend.txt"
  wrk -t2 -c4 -d"${SECONDS_MEASURED}s" --latency -H "Authorization: Bearer $SECRET" \
    "http://127.0.0.1:$PORT$PATH_MEASURED" > "$OUT/wrk-$backend.txt"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  rps=$(awk '/Requests\/sec/ { print $2 }' "$OUT/wrk-$backend.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$OUT/wrk-$backend.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$OUT/wrk-$backend.txt")
  p99ms=$(echo "$p99" | awk '/us$/ { sub("us", ""); print $1 / 1000; next } /ms$/ { sub("ms", ""); print $1; next } /s$/ { sub("s", ""); print $1 * 1000 }')
  verdict=met
  awk -v p="$p99ms" 'BEGIN { exit !(p < 300) }' || { verdict=missed; FAILED=1; }
  echo "$backend: demo started (data set with its grids imported) in $started ms; GET $PATH_MEASURED ($bytes bytes): $rps requests/s, p50 $p50, p99 $p99 (budget p99 < 300 ms: $verdict)"
done
[ "$FAILED" = 0 ] || echo "a budget line was missed" >&2
