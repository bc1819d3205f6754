#!/usr/bin/env bash
# City cases under load (issue 20), on each backend:
#  1. sustained intake: wrk POSTs signals (routing by point, the duplicate check, the receipt, the audit entry)
#     to a demo server for SECONDS; budget at least 1,000 signals/s;
#  2. a burst: 10,000 signals in 10 s (SignalBurst), each answered 201, 200 or 429 with Retry-After and retried:
#     budget nothing lost;
#  3. scale: 1,000,000 open cases written to a fresh store (CaseScale), then the escalation scan and the figures
#     by town, grid, department and category timed; budget under 1 s each.
#
#   bash benchmarks/cases.sh [--backends "h2 pg"] [--seconds N] [--cases N] [--no-build] [--no-scale]
#                            [--no-figures] [--scale-only]
#
# Writes to benchmarks/target/cases; BENCHMARKS.md quotes a run.
set -euo pipefail
cd "$(dirname "$0")/.."
BACKENDS="h2 pg" SECONDS_MEASURED=20 CASES=1000000 BUILD=1 SCALE=1 FIGURES=true LOAD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --backends) BACKENDS="$2"; shift ;;
    --seconds) SECONDS_MEASURED="$2"; shift ;;
    --cases) CASES="$2"; shift ;;
    --no-build) BUILD=0 ;;
    --no-scale) SCALE=0 ;;
    --no-figures) FIGURES=false ;; # the scale without the figures (minutes on H2)
    --scale-only) LOAD=0 ;; # neither the sustained intake nor the burst
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
source benchmarks/scripts/common.sh # JAVA_FLAGS, SECRET, log, pg helpers
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ "$BUILD" = 1 ]; then log "building (mvn -P benchmarks package)"; mvn -q -B -P benchmarks package -DskipTests; fi
SERVER_JAR=adapter-http/target/ronghe-server.jar
BENCH_JAR=benchmarks/target/ronghe-benchmarks.jar
OUT=benchmarks/target/cases
PORT=7192
rm -rf "$OUT" && mkdir -p "$OUT"
FAILED=0

start_server() { # backend, database name, rate limit per minute
  STORE_ENV=()
  if [ "$1" = pg ]; then
    eval "$(bash scripts/postgres.sh 2>/dev/null)"
    fresh_pg_database "$2"
    URL=jdbc:postgresql://127.0.0.1:5432/$2
    STORE_ENV=(RONGHE_DB_USER=ronghe RONGHE_DB_PASSWORD=ronghe)
  else
    URL="jdbc:h2:file:$PWD/$OUT/$2"
  fi
  env "${STORE_ENV[@]}" RONGHE_DB_URL="$URL" RONGHE_HTTP_PORT=$PORT RONGHE_RATE_LIMIT_PER_MINUTE="$3" \
    RONGHE_DEMO=true RONGHE_ESCALATION_SCAN_SECONDS=0 RONGHE_BOOTSTRAP_TOKEN=$SECRET \
    java "${JAVA_FLAGS[@]}" -jar "$SERVER_JAR" > "$OUT/server-$2.log" 2>&1 &
  SERVER_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped; see $OUT/server-$2.log" >&2; exit 1; }
    sleep 0.2
  done
}

stop_server() { kill -TERM "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; }

for backend in $BACKENDS; do
  if [ "$LOAD" = 1 ]; then
    log "$backend: sustained intake"
    start_server "$backend" "ronghe_cases_$backend" 0
    wrk -t2 -c8 -d5s -s benchmarks/scripts/signals.lua -H "Authorization: Bearer $SECRET" \
      "http://127.0.0.1:$PORT/api/v1/signals" > "$OUT/warmup-$backend.txt"
    wrk -t2 -c8 -d"${SECONDS_MEASURED}s" --latency -s benchmarks/scripts/signals.lua \
      -H "Authorization: Bearer $SECRET" "http://127.0.0.1:$PORT/api/v1/signals" > "$OUT/wrk-$backend.txt"
    non2xx=$(awk '/Non-2xx/ { print $NF }' "$OUT/wrk-$backend.txt"); non2xx=${non2xx:-0}
    cases=$(curl -s -H "Authorization: Bearer $SECRET" "http://127.0.0.1:$PORT/api/v1/cases?size=1" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalItems"])')
    stop_server
    rps=$(awk '/Requests\/sec/ { print $2 }' "$OUT/wrk-$backend.txt")
    p99=$(awk '$1 == "99%" { print $2 }' "$OUT/wrk-$backend.txt")
    verdict=met
    awk -v r="$rps" 'BEGIN { exit !(r >= 1000) }' || { verdict=missed; FAILED=1; }
    [ "$non2xx" = 0 ] || { verdict="missed ($non2xx answers not 2xx)"; FAILED=1; }
    echo "$backend: intake $rps signals/s, p99 $p99, $cases cases in the store after (budget at least 1000/s: $verdict)"

    log "$backend: a burst of 10,000 in 10 s"
    start_server "$backend" "ronghe_burst_$backend" 60000
    if java -cp "$BENCH_JAR" org.ronghe.benchmarks.data.SignalBurst "http://127.0.0.1:$PORT" "$SECRET" 10000 10 \
        > "$OUT/burst-$backend.txt" 2>&1; then verdict=met; else verdict=missed; FAILED=1; fi
    stop_server
    echo "$backend: burst: $(tr '\n' ' ' < "$OUT/burst-$backend.txt") (budget nothing lost: $verdict)"
  fi

  if [ "$SCALE" = 1 ]; then
    log "$backend: $CASES open cases, the escalation scan and the figures"
    if [ "$backend" = pg ]; then
      fresh_pg_database ronghe_case_scale
      java -Xmx2g -Dronghe.scale.figures=$FIGURES -cp "$BENCH_JAR" org.ronghe.benchmarks.data.CaseScale \
        jdbc:postgresql://127.0.0.1:5432/ronghe_case_scale "$CASES" ronghe ronghe > "$OUT/scale-$backend.txt" 2>&1
    else
      java -Xmx2g -Dronghe.scale.figures=$FIGURES -cp "$BENCH_JAR" org.ronghe.benchmarks.data.CaseScale "jdbc:h2:file:$PWD/$OUT/case-scale" "$CASES" \
        > "$OUT/scale-$backend.txt" 2>&1
    fi
    grep -E "wrote|escalation scan|figures by" "$OUT/scale-$backend.txt" | sed "s/^/$backend: /"
    grep -q missed "$OUT/scale-$backend.txt" && FAILED=1
  fi
done
[ "$FAILED" = 0 ] || echo "a budget line was missed" >&2
