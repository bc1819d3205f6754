#!/usr/bin/env bash
# Ronghe against the bare stack (Javalin 7 + JDBI on the same backend), measured side by side.
#
#   bash benchmarks/run.sh            # full run: H2 file and PostgreSQL; district, city, province and 1M tasks
#   bash benchmarks/run.sh --smoke    # seconds per step: proves the benchmarks still run, asserts no time
#
# Options: --backends "h2 pg"  --scales "district city province tasks_1m"  --no-build  --no-jmh
#          (PostgreSQL skips tasks_1m unless --scales names it: generating it there takes over 30 minutes)
#          --seconds N (each wrk run)  --rounds N (A B alternations)  --warmup N (at least so many seconds per
#          server and endpoint, then on until steady: see warm_up)
# The Ronghe/baseline ratios are measured on the district; GET /structure and the overdue list at every scale.
#
# Builds (mvn -P benchmarks package), installs wrk from Debian's packages when missing, starts PostgreSQL
# (scripts/postgres.sh), generates each scale's data through the application services, starts Ronghe
# (-Xmx128m) and the baseline on the same backend, warms both up, runs wrk -t2 -c32 alternating
# Ronghe and baseline (A B A B ...), and prints a table of ratios with p50/p99 latencies. Everything it
# writes goes to benchmarks/target/run (the table to results.md, raw wrk output to wrk/).
set -euo pipefail
cd "$(dirname "$0")/.."

BACKENDS="h2 pg"
SCALES="district city province tasks_1m"
SCALES_GIVEN=0
BUILD=1
JMH=1
SECONDS_PER_RUN=10
ROUNDS=2
WARMUP=36
source benchmarks/scripts/common.sh # JAVA_FLAGS, SECRET, log, median
SMOKE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) SMOKE=1; SCALES="district"; SECONDS_PER_RUN=1; ROUNDS=1; WARMUP=2 ;;
    --backends) BACKENDS="$2"; shift ;;
    --scales) SCALES="$2"; SCALES_GIVEN=1; shift ;;
    --no-build) BUILD=0 ;;
    --no-jmh) JMH=0 ;;
    --seconds) SECONDS_PER_RUN="$2"; shift ;;
    --rounds) ROUNDS="$2"; shift ;;
    --warmup) WARMUP="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

RUN=benchmarks/target/run
SERVER_JAR=adapter-http/target/ronghe-server.jar
BENCH_JAR=benchmarks/target/ronghe-benchmarks.jar
RONGHE_PORT=7181
BASELINE_PORT=7182
PIDS=()
cleanup() { for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ "$BUILD" = 1 ]; then
  log "building (mvn -P benchmarks package)"
  mvn -q -B -ntp -P benchmarks -DskipTests package
fi
if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk from Debian's packages"
  as_root apt-get install -y -qq wrk >&2 || { as_root apt-get update -qq >&2 && as_root apt-get install -y -qq wrk >&2; }
fi
case " $BACKENDS " in *" pg "*) eval "$(bash scripts/postgres.sh 2>/dev/null)" ;; esac
rm -rf "$RUN" && mkdir -p "$RUN/wrk" "$RUN/data" "$RUN/jars"
# Run from copies: a build during a long run must not swap the jars under it.
cp "$SERVER_JAR" "$BENCH_JAR" "$RUN/jars/"
SERVER_JAR="$RUN/jars/$(basename "$SERVER_JAR")"
BENCH_JAR="$RUN/jars/$(basename "$BENCH_JAR")"
# The README starts the server with the class-data archive the build makes; an archive belongs to its jar's
# path, so the copy gets its own, by the same training command the build runs (docs/adr/0011).
ARCHIVE="${SERVER_JAR%.jar}.jsa"
log "making the class-data archive of the copied jar"
java -XX:ArchiveClassesAtExit="$ARCHIVE" -Xmx128m -XX:+UseSerialGC -jar "$SERVER_JAR" train-class-data \
  > "$RUN/class-data-training.log" 2>&1 || { echo "the class-data training failed; see $RUN/class-data-training.log" >&2; exit 1; }
RESULTS="$RUN/results.tsv"
printf 'backend\tscale\tmeasure\tronghe_rps\tbaseline_rps\tratio\tronghe_p50_ms\tronghe_p99_ms\tbaseline_p50_ms\tbaseline_p99_ms\n' > "$RESULTS"
RUN_ID=$(date +%s)
export RUN_ID

db_url() { # backend scale -> JDBC URL
  if [ "$1" = h2 ]; then echo "jdbc:h2:file:$PWD/$RUN/data/h2-$2"; else echo "jdbc:postgresql://127.0.0.1:5432/ronghe_bench_$2"; fi
}
credentials() { [ "$1" = pg ] && echo "ronghe ronghe" || true; }

# wrk output -> "rps p50_ms p99_ms"
parse_wrk() {
  awk '
    function ms(v) { if (v ~ /us$/) return substr(v, 1, length(v)-2)/1000; if (v ~ /ms$/) return substr(v, 1, length(v)-2)+0;
                     if (v ~ /s$/) return substr(v, 1, length(v)-1)*1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    END { if (bad > 0) { print "wrk saw " bad " error responses" > "/dev/stderr" }; printf "%s %s %s\n", rps, p50, p99 }' "$1"
}

# run_wrk NAME DURATION CONNECTIONS URL [extra wrk args...] -> prints "rps p50 p99"
run_wrk() {
  local name=$1 duration=$2 connections=$3 url=$4; shift 4
  local out="$RUN/wrk/${name//[^A-Za-z0-9_-]/_}.txt"
  wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${duration}s" --latency "$@" "$url" > "$out" 2>&1
  parse_wrk "$out"
}

# warm_up NAME SECONDS URL [extra wrk args...]: 32 connections for at least SECONDS, then on in runs of 10 s
# until two runs in a row are within 5 % of each other, at most four times SECONDS. The JIT is then done with
# the hot paths: Ronghe, with far more code on them than the baseline, still gained a third from its third to
# its fourth 10 s run on two cores shared with wrk (2026-12-08), so a fixed warm-up measured it half-compiled.
warm_up() {
  local name=$1 seconds=$2 url=$3; shift 3
  if [ "$seconds" -lt 10 ]; then run_wrk "$name" "$seconds" 32 "$url" "$@" > /dev/null; return; fi
  local spent=0 previous=0 current=0 runs=""
  while [ "$spent" -lt $(( 4 * seconds )) ]; do
    current=$(run_wrk "$name-$spent" 10 32 "$url" "$@" | awk '{ printf "%d", $1 }')
    spent=$(( spent + 10 )) runs+="$current "
    if [ "$spent" -ge "$seconds" ] && awk -v a="$previous" -v b="$current" 'BEGIN { exit !(a > 0 && b / a > 0.95 && b / a < 1.05) }'; then
      break
    fi
    previous=$current
  done
  log "  $name: warmed up for ${spent}s (requests/s of each 10 s: $runs)"
}

# compare BACKEND SCALE MEASURE RONGHE_URL BASELINE_URL [wrk args for Ronghe] -- [wrk args for baseline]
compare() {
  local backend=$1 scale=$2 measure=$3 a_url=$4 b_url=$5; shift 5
  local a_args=() b_args=() side=a
  for arg in "$@"; do
    if [ "$arg" = -- ]; then side=b; continue; fi
    if [ $side = a ]; then a_args+=("$arg"); else b_args+=("$arg"); fi
  done
  local a_rps="" a_p50="" a_p99="" b_rps="" b_p50="" b_p99=""
  for round in $(seq 1 "$ROUNDS"); do
    read -r r p5 p9 < <(run_wrk "$backend-$scale-$measure-ronghe-$round" "$SECONDS_PER_RUN" 32 "$a_url" "${a_args[@]}")
    a_rps+="$r "; a_p50+="$p5 "; a_p99+="$p9 "
    read -r r p5 p9 < <(run_wrk "$backend-$scale-$measure-baseline-$round" "$SECONDS_PER_RUN" 32 "$b_url" "${b_args[@]}")
    b_rps+="$r "; b_p50+="$p5 "; b_p99+="$p9 "
  done
  local ar br
  ar=$(echo $a_rps | median); br=$(echo $b_rps | median)
  printf '%s\t%s\t%s\t%.0f\t%.0f\t%.2f\t%s\t%s\t%s\t%s\n' "$backend" "$scale" "$measure" "$ar" "$br" \
    "$(awk -v a="$ar" -v b="$br" 'BEGIN { print (b > 0 ? a / b : 0) }')" \
    "$(echo $a_p50 | median)" "$(echo $a_p99 | median)" "$(echo $b_p50 | median)" "$(echo $b_p99 | median)" >> "$RESULTS"
  log "$backend $scale $measure: Ronghe $ar/s, baseline $br/s"
}

# single BACKEND SCALE MEASURE URL CONNECTIONS -> a row without a baseline
single() {
  local backend=$1 scale=$2 measure=$3 url=$4 connections=$5
  read -r r p5 p9 < <(run_wrk "$backend-$scale-$measure" "$SECONDS_PER_RUN" "$connections" "$url" -H "Authorization: Bearer $SECRET")
  printf '%s\t%s\t%s\t%.0f\t\t\t%s\t%s\t\t\n' "$backend" "$scale" "$measure" "$r" "$p5" "$p9" >> "$RESULTS"
  log "$backend $scale $measure: $r/s, p99 $p9 ms"
  check_one_client "$backend" "$scale" "$measure" "$RUN/wrk/${backend}-${scale}-${measure//[^A-Za-z0-9_-]/_}.txt"
}

# With one connection requests run one after another: mean latency x requests cannot exceed the run.
# wrk's latency statistics sometimes break that (BENCHMARKS.md); such rows are listed in suspect.tsv.
check_one_client() { # backend scale measure wrk-output
  awk -v b="$1" -v s="$2" -v m="$3" -v run="$SECONDS_PER_RUN" '
    function sec(v) { if (v ~ /us$/) return substr(v, 1, length(v)-2)/1e6; if (v ~ /ms$/) return substr(v, 1, length(v)-2)/1e3;
                      return substr(v, 1, length(v)-1)+0 }
    /^ +Latency +[0-9]/ { mean = sec($2) } / requests in / { n = $1 }
    END { total = mean * n; if (total > 1.1 * run) printf "%s\t%s\t%s\t%.1f\n", b, s, m, total }' "$4" >> "$RUN/suspect.tsv"
}

wait_for() { # URL [header] -> waits until it answers 200, up to 120 s
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "${2:-X-None: 1}" "$1")" = 200 ]; then return 0; fi
    sleep 0.1
  done
  echo "timed out waiting for $1" >&2; return 1
}

peak_rss_mb() { awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; } # the peak resident set so far

start_baseline() { # backend
  local url
  if [ "$1" = h2 ]; then url="jdbc:h2:file:$PWD/$RUN/data/h2-baseline"; else fresh_pg_database ronghe_bench_baseline; url="jdbc:postgresql://127.0.0.1:5432/ronghe_bench_baseline"; fi
  java "${JAVA_FLAGS[@]}" -cp "$BENCH_JAR" org.ronghe.benchmarks.baseline.BaselineServer "$url" "$BASELINE_PORT" $(credentials "$1") \
    > "$RUN/baseline-$1.log" 2>&1 &
  BASELINE_PID=$!; PIDS+=("$BASELINE_PID")
  wait_for "http://127.0.0.1:$BASELINE_PORT/rows/1"
}

for backend in $BACKENDS; do
  log "== $backend: baseline"
  start_baseline "$backend"
  for scale in $SCALES; do
    if [ "$backend" = pg ] && [ "$scale" = tasks_1m ] && [ "$SCALES_GIVEN" = 0 ]; then
      # Written through the use cases a task costs about 2 ms of round trips on PostgreSQL here: the
      # 1,000,000-task set would take over half an hour. Ask for it with --scales to measure it anyway.
      log "pg tasks_1m: skipped by default (over 30 minutes to generate); --scales tasks_1m runs it"
      continue
    fi
    SCALE=$(echo "$scale" | tr '[:lower:]' '[:upper:]')
    url=$(db_url "$backend" "$scale")
    [ "$backend" = pg ] && fresh_pg_database "ronghe_bench_$scale"
    log "== $backend $scale: generating"
    java -Xmx3g -cp "$BENCH_JAR" org.ronghe.benchmarks.data.Generate "$url" "$SCALE" "$SECRET" \
      "$RUN/data/$backend-$scale.properties" $(credentials "$backend") > "$RUN/generate-$backend-$scale.log" 2>&1
    # Let the store settle before the start is timed: right after a bulk load the machine is still
    # writing it back (and PostgreSQL vacuums and checkpoints), which a restarted node never meets.
    sync
    if [ "$backend" = pg ]; then
      settle_pg_database "ronghe_bench_$scale"
      # CHECKPOINT needs a superuser or pg_checkpoint; without it the write-back is left to the server.
      PGPASSWORD=ronghe psql -q -h 127.0.0.1 -U ronghe -d "ronghe_bench_$scale" -c "CHECKPOINT" >/dev/null 2>&1 || true
    fi
    sleep 2
    committee=$(sed -n 's/^committee=//p' "$RUN/data/$backend-$scale.properties")
    town=$(sed -n 's/^town=//p' "$RUN/data/$backend-$scale.properties")
    unit=$(sed -n 's/^unit=//p' "$RUN/data/$backend-$scale.properties")

    log "== $backend $scale: starting Ronghe"
    started=$(date +%s%N)
    environment=(RONGHE_DB_URL="$url" RONGHE_HTTP_PORT=$RONGHE_PORT RONGHE_RATE_LIMIT_PER_MINUTE=0
      RONGHE_BOOTSTRAP_TOKEN=$SECRET)
    [ "$backend" = pg ] && environment+=(RONGHE_DB_USER=ronghe RONGHE_DB_PASSWORD=ronghe)
    env "${environment[@]}" java "${JAVA_FLAGS[@]}" -Xshare:on -XX:SharedArchiveFile="$ARCHIVE" -jar "$SERVER_JAR" \
      > "$RUN/ronghe-$backend-$scale.log" 2>&1 &
    RONGHE_PID=$!; PIDS+=("$RONGHE_PID")
    wait_for "http://127.0.0.1:$RONGHE_PORT/api/v1/committees/$committee" "Authorization: Bearer $SECRET"
    first_ms=$(( ($(date +%s%N) - started) / 1000000 ))
    printf '%s\t%s\tfirst request served after start (ms)\t%s\t\t\t\t\t\t\n' "$backend" "$scale" "$first_ms" >> "$RESULTS"
    log "$backend $scale: first request served $first_ms ms after start"

    auth=(-H "Authorization: Bearer $SECRET")
    get_url="http://127.0.0.1:$RONGHE_PORT/api/v1/committees/$committee"
    bare_get="http://127.0.0.1:$BASELINE_PORT/rows/42"
    structure_url="http://127.0.0.1:$RONGHE_PORT/api/v1/structure?asOf=2023-04-04"
    overdue_url="http://127.0.0.1:$RONGHE_PORT/api/v1/overdue-tasks?asOf=2023-04-04"
    if [ "$scale" = district ]; then
      body="{\"form\":\"RESEARCH_DONE_TOGETHER\",\"title\":\"联合调研\",\"organizationIds\":[\"$town\",\"$unit\"],\"heldOn\":\"2023-03-01\"}"
      # Reads first, each measurement right after its own warm-up: writes leave work behind (H2's
      # background writer, PostgreSQL's autovacuum) that would slow whatever is measured next.
      log "$backend $scale: warming up at least ${WARMUP}s per server and endpoint, until steady"
      half=$(( (WARMUP + 1) / 2 ))
      warm_up "$backend-$scale-warmup-ronghe" "$WARMUP" "$get_url" "${auth[@]}"
      warm_up "$backend-$scale-warmup-baseline" "$WARMUP" "$bare_get"
      compare "$backend" "$scale" "authenticated GET committee vs bare read" "$get_url" "$bare_get" "${auth[@]}" --

      export BODY="$body"
      warm_up "$backend-$scale-warmup-ronghe-create" "$half" \
        "http://127.0.0.1:$RONGHE_PORT/api/v1/activities" "${auth[@]}" -s benchmarks/scripts/create.lua
      warm_up "$backend-$scale-warmup-baseline-create" "$half" \
        "http://127.0.0.1:$BASELINE_PORT/rows" -s benchmarks/scripts/create.lua
      compare "$backend" "$scale" "authenticated create (audit, idempotency) vs bare durable insert" \
        "http://127.0.0.1:$RONGHE_PORT/api/v1/activities" "http://127.0.0.1:$BASELINE_PORT/rows" \
        "${auth[@]}" -s benchmarks/scripts/create.lua -- -s benchmarks/scripts/create.lua
    else
      log "$backend $scale: warming up $(( (WARMUP + 1) / 2 ))s"
      run_wrk "$backend-$scale-warmup-structure" "$(( (WARMUP + 3) / 4 ))" 2 "$structure_url" "${auth[@]}" > /dev/null
      run_wrk "$backend-$scale-warmup-overdue" "$(( (WARMUP + 3) / 4 ))" 2 "$overdue_url" "${auth[@]}" > /dev/null
    fi
    # Latency of one request at a time (one client): with more clients than cores, p99 would be queueing.
    single "$backend" "$scale" "GET /structure" "$structure_url" 1
    single "$backend" "$scale" "GET /overdue-tasks (first page)" "$overdue_url" 1

    rss=$(peak_rss_mb "$RONGHE_PID")
    kill "$RONGHE_PID"; wait "$RONGHE_PID" 2>/dev/null || true
    printf '%s\t%s\tpeak RSS under load at -Xmx128m (MB)\t%s\t\t\t\t\t\t\n' "$backend" "$scale" "$rss" >> "$RESULTS"
    sed -n 's/^\(organizations\|memberships\|tasks\|indicators\|seconds\)=/\1 /p' "$RUN/data/$backend-$scale.properties" \
      | while read -r key value; do printf '%s\t%s\tdata: %s\t%s\t\t\t\t\t\t\n' "$backend" "$scale" "$key" "$value" >> "$RESULTS"; done
  done
  kill "$BASELINE_PID"; wait "$BASELINE_PID" 2>/dev/null || true
done

if [ "$JMH" = 1 ]; then
  log "== JMH hot paths"
  if [ "$SMOKE" = 1 ]; then
    java -jar "$BENCH_JAR" 'HotPath|Grid' -p scale=DISTRICT -f 0 -wi 0 -i 1 -r 200ms -foe true -rf text -rff "$RUN/jmh.txt" > "$RUN/jmh.log" 2>&1
  else
    java -jar "$BENCH_JAR" 'HotPath|Grid' -foe true -rf text -rff "$RUN/jmh.txt" > "$RUN/jmh.log" 2>&1
  fi
fi

python3 benchmarks/scripts/table.py "$RESULTS" "$RUN/jmh.txt" > "$RUN/results.md"
cat "$RUN/results.md"
