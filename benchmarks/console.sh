#!/usr/bin/env bash
# The console's pages under load (issue 21: every page under 200 ms on the district data set): a demo server
# (RONGHE_DEMO=true, the Jiading New City data set) on each backend, in the JVM every benchmark uses
# (benchmarks/scripts/common.sh, -Xmx128m); signs in as the district's administrator through the sign-in form,
# then, page by page, warms up and runs wrk with the session cookie; prints requests/s, p50 and p99 per page
# against the budget (p99 under 200 ms).
#
#   bash benchmarks/console.sh [--backends "h2 pg"] [--seconds N] [--no-build]
#
# Writes to benchmarks/target/console.
set -euo pipefail
cd "$(dirname "$0")/.."
BACKENDS="h2 pg" SECONDS_MEASURED=10 BUILD=1
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
OUT=benchmarks/target/console
PORT=7192
DAY=2023-04-04
rm -rf "$OUT" && mkdir -p "$OUT"
FAILED=0
ms() { awk '/us$/ { sub("us", ""); print $1 / 1000; next } /ms$/ { sub("ms", ""); print $1; next } /s$/ { sub("s", ""); print $1 * 1000 }'; }
for backend in $BACKENDS; do
  STORE_ENV=()
  if [ "$backend" = pg ]; then
    eval "$(bash scripts/postgres.sh 2>/dev/null)"
    fresh_pg_database ronghe_console
    URL=jdbc:postgresql://127.0.0.1:5432/ronghe_console
    STORE_ENV=(RONGHE_DB_USER=ronghe RONGHE_DB_PASSWORD=ronghe)
  else
    URL="jdbc:h2:file:$PWD/$OUT/h2-store"
  fi
  env "${STORE_ENV[@]}" RONGHE_DB_URL="$URL" RONGHE_HTTP_PORT=$PORT RONGHE_RATE_LIMIT_PER_MINUTE=0 RONGHE_DEMO=true \
    RONGHE_BOOTSTRAP_TOKEN=$SECRET java "${JAVA_FLAGS[@]}" -XX:SharedArchiveFile="$ARCHIVE" -jar "$SERVER_JAR" \
    > "$OUT/server-$backend.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "the server stopped; see $OUT/server-$backend.log" >&2; exit 1; }
    sleep 0.1
  done
  # sign in as a person does: the form's nonce cookie, then the token posted with it
  jar="$OUT/cookies-$backend.txt"
  curl -s -o /dev/null -c "$jar" "http://127.0.0.1:$PORT/console/login"
  nonce=$(awk '$6 == "ronghe_sign_in" { print $7 }' "$jar")
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "csrf=$nonce" --data-urlencode "secret=$SECRET" \
    "http://127.0.0.1:$PORT/console/login"
  session=$(awk '$6 == "ronghe_session" { print $7 }' "$jar")
  [ -n "$session" ] || { echo "signing in failed on $backend" >&2; exit 1; }
  COOKIE="Cookie: ronghe_session=$session"
  base="http://127.0.0.1:$PORT"
  task=$(curl -s -H "Authorization: Bearer $SECRET" "$base/api/v1/tasks?size=1" | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
  committee=$(curl -s -H "Authorization: Bearer $SECRET" "$base/api/v1/committees?size=1" | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
  PAGES=("/console?asOf=$DAY" "/console/structure?asOf=$DAY" "/console/committees/$committee?asOf=$DAY"
    "/console/meetings?asOf=$DAY" "/console/tasks?asOf=$DAY" "/console/tasks/$task?asOf=$DAY"
    "/console/projects?asOf=$DAY" "/console/grids?asOf=$DAY" "/console/cases?asOf=$DAY"
    "/console/indicators?asOf=$DAY" "/console/tasks.csv?asOf=$DAY")
  for page in "${PAGES[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "$base$page")
    [ "$status" = 200 ] || { echo "$backend: $page answered $status" >&2; FAILED=1; continue; }
    name=$(echo "$page" | sed -E 's/\?.*//; s#/console/?##; s#[0-9a-f-]{36}#{id}#; s#^$#overview#; s#/#-#g')
    wrk -t1 -c2 -d3s -H "$COOKIE" "$base$page" > "$OUT/warmup-$backend-$name.txt"
    wrk -t1 -c2 -d"${SECONDS_MEASURED}s" --latency -H "$COOKIE" "$base$page" > "$OUT/wrk-$backend-$name.txt"
    rps=$(awk '/Requests\/sec/ { print $2 }' "$OUT/wrk-$backend-$name.txt")
    p50=$(awk '$1 == "50%" { print $2 }' "$OUT/wrk-$backend-$name.txt")
    p99=$(awk '$1 == "99%" { print $2 }' "$OUT/wrk-$backend-$name.txt")
    verdict=met
    awk -v p="$(echo "$p99" | ms)" 'BEGIN { exit !(p < 200) }' || { verdict=missed; FAILED=1; }
    printf '%s %-24s %8s req/s  p50 %8s  p99 %8s  (budget p99 < 200 ms: %s)\n' "$backend" "$name" "$rps" "$p50" "$p99" "$verdict"
  done
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
done
[ "$FAILED" = 0 ] || echo "a budget line was missed" >&2
