#!/usr/bin/env bash
# Resident memory and threads of the server under many connections: the README's start command with its
# recommended flags (-Xmx128m ..., the build's class-data archive), metrics on and scraped every 5 s as
# Prometheus would, embedded H2 with the Jiading New City data set, then wrk with 500 connections reading
# a committee, then 500 connections creating co-work activities. The resident set and the thread count
# are sampled every half second; the peaks are printed.
#
#   bash benchmarks/memory.sh [--connections N] [--seconds N] [--flags "JVM flags"] [--no-build]
#
# --flags adds JVM flags after the recommended ones (to measure a flag against its absence).
#
# Writes to benchmarks/target/memory. Asserts nothing: the figures are for BENCHMARKS.md and the README.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=500 SECONDS_EACH=30 BUILD=1 EXTRA_FLAGS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) CONNECTIONS="$2"; shift ;;
    --seconds) SECONDS_EACH="$2"; shift ;;
    --flags) EXTRA_FLAGS="$2"; shift ;;
    --no-build) BUILD=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
OUT=benchmarks/target/memory
PORT=7191
METRICS_PORT=7196
ARCHIVE=adapter-http/target/ronghe-server.jsa
source benchmarks/scripts/common.sh # JAVA_FLAGS, SECRET, log
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk from Debian's packages"
  as_root apt-get install -y -qq wrk >&2 || { as_root apt-get update -qq >&2 && as_root apt-get install -y -qq wrk >&2; }
fi
if [ "$BUILD" = 1 ]; then log "building (mvn package)"; mvn -q -B package -DskipTests; fi
SERVER_JAR=adapter-http/target/ronghe-server.jar
rm -rf "$OUT" && mkdir -p "$OUT"
# the file descriptors of 500 connections and the server's own
ulimit -n 4096 2>/dev/null || true

log "starting the server on embedded H2 with the Jiading New City data set"
RONGHE_DB_URL="jdbc:h2:file:$PWD/$OUT/store" RONGHE_HTTP_PORT=$PORT RONGHE_RATE_LIMIT_PER_MINUTE=0 RONGHE_DEMO=true \
  RONGHE_METRICS_PORT=$METRICS_PORT RONGHE_BOOTSTRAP_TOKEN=$SECRET \
  java "${JAVA_FLAGS[@]}" -XX:SharedArchiveFile="$ARCHIVE" $EXTRA_FLAGS -jar "$SERVER_JAR" > "$OUT/server.log" 2>&1 &
PID=$!
trap 'kill -TERM "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
AUTH="Authorization: Bearer $SECRET"
until curl -sf -o /dev/null -H "$AUTH" "http://127.0.0.1:$PORT/api/v1/committees?size=1"; do
  kill -0 "$PID" 2>/dev/null || { echo "the server stopped; see $OUT/server.log" >&2; exit 1; }
  sleep 0.1
done
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
COMMITTEE=$(curl -sf -H "$AUTH" "http://127.0.0.1:$PORT/api/v1/committees?size=1" | json 'd["items"][0]["id"]')
TOWNS=$(curl -sf -H "$AUTH" "http://127.0.0.1:$PORT/api/v1/organizations?kind=TOWN_PARTY_COMMITTEE&size=2" \
  | json '" ".join(i["id"] for i in d["items"])')
read -r TOWN_A TOWN_B <<< "$TOWNS"

sample() { # label seconds -> "peak_rss_mb peak_threads" while wrk runs
  local peak_rss=0 peak_threads=0 rss threads samples=0
  local until=$(( $(date +%s) + $2 + 1 ))
  while [ "$(date +%s)" -lt "$until" ]; do
    rss=$(awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$PID/status")
    threads=$(awk '/^Threads:/ { print $2 }' "/proc/$PID/status")
    [ "$rss" -gt "$peak_rss" ] && peak_rss=$rss
    [ "$threads" -gt "$peak_threads" ] && peak_threads=$threads
    samples=$(( samples + 1 ))
    if [ $(( samples % 10 )) = 0 ]; then
      curl -sf -o /dev/null "http://127.0.0.1:$METRICS_PORT/metrics" || echo "the metrics scrape failed" >&2
    fi
    sleep 0.5
  done
  echo "$peak_rss $peak_threads"
}

idle=$(awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$PID/status")
idle_threads=$(awk '/^Threads:/ { print $2 }' "/proc/$PID/status")
log "reading a committee with $CONNECTIONS connections for ${SECONDS_EACH}s"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -H "$AUTH" "http://127.0.0.1:$PORT/api/v1/committees/$COMMITTEE" \
  > "$OUT/wrk-get.txt" 2>&1 &
WRK=$!
read -r get_rss get_threads < <(sample get "$SECONDS_EACH")
wait "$WRK"
log "creating co-work activities with $CONNECTIONS connections for ${SECONDS_EACH}s"
export BODY="{\"form\":\"RESEARCH_DONE_TOGETHER\",\"title\":\"联合调研\",\"organizationIds\":[\"$TOWN_A\",\"$TOWN_B\"],\"heldOn\":\"2023-03-01\"}"
export RUN_ID=memory
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -H "$AUTH" -s benchmarks/scripts/create.lua \
  "http://127.0.0.1:$PORT/api/v1/activities" > "$OUT/wrk-create.txt" 2>&1 &
WRK=$!
read -r create_rss create_threads < <(sample create "$SECONDS_EACH")
wait "$WRK"
hwm=$(awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$PID/status")
rps() { awk '/^Requests\/sec/ { printf "%d", $2 }' "$1"; }
errors() { awk '/Non-2xx|Socket errors/ { print }' "$1" | tr '\n' ' '; }

echo "server with the README's flags (${JAVA_FLAGS[*]} -XX:SharedArchiveFile=$ARCHIVE) $EXTRA_FLAGS, metrics on and scraped every 5 s, embedded H2, Jiading data set:"
echo "  idle after start:                         RSS $idle MB, $idle_threads threads"
echo "  GET committee, $CONNECTIONS connections, ${SECONDS_EACH}s:    peak RSS $get_rss MB, peak $get_threads threads, $(rps "$OUT/wrk-get.txt") requests/s $(errors "$OUT/wrk-get.txt")"
echo "  create activity, $CONNECTIONS connections, ${SECONDS_EACH}s:  peak RSS $create_rss MB, peak $create_threads threads, $(rps "$OUT/wrk-create.txt") requests/s $(errors "$OUT/wrk-create.txt")"
echo "  peak resident set of the whole run (VmHWM): $hwm MB"
