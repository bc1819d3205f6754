#!/usr/bin/env bash
# One change measured side by side: the server built at two git revisions, each on an H2 store its own
# data generator wrote (the same data: fixed clock, counter ids), warmed up, then measured alternately (A B A B ...) with the same wrk load.
#
#   bash benchmarks/ab.sh --a HEAD~1 --b HEAD --measure create
#   bash benchmarks/ab.sh --a 5060c2a --b HEAD --measure structure --scale province --rounds 3
#
# --measure: get (authenticated GET of a committee, 32 clients), create (POST an activity with a fresh
#            Idempotency-Key per request, 32 clients), structure (GET /structure with one client)
# --scale district|city|province (the data generator's scales), --rounds N, --seconds N, --warmup N
# --a/--b: any git revision; "worktree" stands for the working tree as it is (built in place).
# --a-flags/--b-flags "...": JVM flags added for that side (a flag measured against its absence: same
#            revision on both sides). --a-env/--b-env "NAME=value ...": environment added for that side
#            (a setting measured against its absence, e.g. --b-env RONGHE_METRICS_PORT=9465). --backend h2|pg (pg: a database per side, scripts/postgres.sh).
# Prints, per side: requests/s (median of the rounds), p50/p99, peak RSS, and B/A. Writes to
# benchmarks/target/ab. Same JVM flags as benchmarks/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

A_REV=HEAD~1 B_REV=worktree MEASURE=get SCALE=district ROUNDS=3 SECONDS_PER_RUN=10 WARMUP=20 BACKEND=h2
A_FLAGS="" B_FLAGS="" A_ENV="" B_ENV=""
while [ $# -gt 0 ]; do
  case "$1" in
    --a) A_REV="$2"; shift ;;
    --b) B_REV="$2"; shift ;;
    --measure) MEASURE="$2"; shift ;;
    --scale) SCALE="$2"; shift ;;
    --rounds) ROUNDS="$2"; shift ;;
    --seconds) SECONDS_PER_RUN="$2"; shift ;;
    --warmup) WARMUP="$2"; shift ;;
    --a-flags) A_FLAGS="$2"; shift ;;
    --b-flags) B_FLAGS="$2"; shift ;;
    --a-env) A_ENV="$2"; shift ;;
    --b-env) B_ENV="$2"; shift ;;
    --backend) BACKEND="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
case "$MEASURE" in get|create|structure) ;; *) echo "--measure get|create|structure" >&2; exit 2 ;; esac
case "$BACKEND" in h2|pg) ;; *) echo "--backend h2|pg" >&2; exit 2 ;; esac
if [ "$BACKEND" = pg ]; then eval "$(bash scripts/postgres.sh 2>/dev/null)"; fi

OUT=benchmarks/target/ab
source benchmarks/scripts/common.sh # JAVA_FLAGS, SECRET, log, median
PIDS=()
cleanup() { for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

rm -rf "$OUT" && mkdir -p "$OUT"
build() { # rev side -> copies ronghe-server.jar (and the benchmarks jar of side b) into $OUT/side
  local rev=$1 side=$2 tree
  mkdir -p "$OUT/$side"
  if [ "$rev" = worktree ]; then
    tree=$PWD
  else
    tree=$(mktemp -d /tmp/ronghe-ab-XXXX)
    git worktree add -q --detach "$tree" "$rev"
  fi
  log "building $side ($rev)"
  (cd "$tree" && mvn -q -B -ntp -P benchmarks -DskipTests package)
  cp "$tree/adapter-http/target/ronghe-server.jar" "$OUT/$side/"
  cp "$tree/benchmarks/target/ronghe-benchmarks.jar" "$OUT/$side/"
  if [ "$rev" != worktree ]; then git worktree remove --force "$tree"; fi
}
build "$A_REV" a
if [ "$B_REV" = "$A_REV" ]; then # one build serves both sides (a flag or a setting measured)
  mkdir -p "$OUT/b" && cp "$OUT/a/"*.jar "$OUT/b/"
else
  build "$B_REV" b
fi

SCALE_UPPER=$(echo "$SCALE" | tr '[:lower:]' '[:upper:]')
declare -A URL
for side in a b; do # each side's own generator and migrations: the same data (fixed clock, counter ids)
  if [ "$BACKEND" = pg ]; then
    fresh_pg_database "ronghe_ab_$side"
    URL[$side]="jdbc:postgresql://127.0.0.1:5432/ronghe_ab_$side"
    credentials=(ronghe ronghe)
  else
    URL[$side]="jdbc:h2:file:$PWD/$OUT/$side/store/db"
    credentials=()
  fi
  log "generating the $SCALE store for $side"
  java -Xmx3g -cp "$OUT/$side/ronghe-benchmarks.jar" org.ronghe.benchmarks.data.Generate \
    "${URL[$side]}" "$SCALE_UPPER" "$SECRET" "$OUT/$side/store.properties" "${credentials[@]}" > "$OUT/$side/generate.log" 2>&1
  if [ "$BACKEND" = pg ]; then
    settle_pg_database "ronghe_ab_$side"
  fi
done
property() { sed -n "s/^$1=//p" "$OUT/b/store.properties"; }
sync; sleep 2

declare -A PORT=([a]=7191 [b]=7192) FLAGS=([a]="$A_FLAGS" [b]="$B_FLAGS") ENVS=([a]="$A_ENV" [b]="$B_ENV") PID
for side in a b; do
  environment=(RONGHE_DB_URL="${URL[$side]}" RONGHE_HTTP_PORT=${PORT[$side]} RONGHE_RATE_LIMIT_PER_MINUTE=0
    RONGHE_BOOTSTRAP_TOKEN=$SECRET)
  [ "$BACKEND" = pg ] && environment+=(RONGHE_DB_USER=ronghe RONGHE_DB_PASSWORD=ronghe)
  # shellcheck disable=SC2206 # the side's environment is words
  environment+=(${ENVS[$side]})
  # shellcheck disable=SC2086 # the side's flags are words
  env "${environment[@]}" java "${JAVA_FLAGS[@]}" ${FLAGS[$side]} -jar "$OUT/$side/ronghe-server.jar" > "$OUT/$side/server.log" 2>&1 &
  PID[$side]=$!; PIDS+=("${PID[$side]}")
  # one after the other: two JVMs starting at once on two cores would each report twice their start-up
  for _ in $(seq 1 600); do
    curl -s -o /dev/null -H "Authorization: Bearer $SECRET" "http://127.0.0.1:${PORT[$side]}/api/v1/committees/$(property committee)" && break
    sleep 0.1
  done
done

export BODY="{\"form\":\"RESEARCH_DONE_TOGETHER\",\"title\":\"联合调研\",\"organizationIds\":[\"$(property town)\",\"$(property unit)\"],\"heldOn\":\"2023-03-01\"}"
load() { # side seconds name -> wrk output file
  local port=${PORT[$1]} file="$OUT/$3.txt"
  export RUN_ID="$3-$(date +%s%N)"
  case "$MEASURE" in
    get) wrk -t2 -c32 -d"$2s" --latency -H "Authorization: Bearer $SECRET" "http://127.0.0.1:$port/api/v1/committees/$(property committee)" > "$file" ;;
    create) wrk -t2 -c32 -d"$2s" --latency -H "Authorization: Bearer $SECRET" -s benchmarks/scripts/create.lua \
      "http://127.0.0.1:$port/api/v1/activities" > "$file" ;;
    structure) wrk -t1 -c1 -d"$2s" --latency -H "Authorization: Bearer $SECRET" \
      "http://127.0.0.1:$port/api/v1/structure?asOf=2023-04-04" > "$file" ;;
  esac
  if grep -q "Non-2xx" "$file"; then echo "side $1 answered errors: $(grep Non-2xx "$file")" >&2; fi
  echo "$file"
}
figures() { # wrk output -> "rps p50_ms p99_ms"
  awk 'function ms(v) { if (v ~ /us$/) return substr(v, 1, length(v)-2)/1000; if (v ~ /ms$/) return substr(v, 1, length(v)-2)+0;
                     if (v ~ /s$/) return substr(v, 1, length(v)-1)*1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec:/ { rps = $2 } END { print rps, p50, p99 }' "$1"
}

log "warming up each side ${WARMUP}s"
for side in a b; do load "$side" "$WARMUP" "warmup-$side" > /dev/null; done
declare -A RPS P50 P99
for round in $(seq 1 "$ROUNDS"); do
  for side in a b; do
    read -r r p5 p9 < <(figures "$(load "$side" "$SECONDS_PER_RUN" "$side-$round")")
    RPS[$side]+="$r "; P50[$side]+="$p5 "; P99[$side]+="$p9 "
    log "round $round $side: $r/s p50 $p5 ms p99 $p9 ms"
  done
done
echo "A/B $MEASURE at $SCALE on $BACKEND: a = $A_REV ${A_FLAGS} ${A_ENV}, b = $B_REV ${B_FLAGS} ${B_ENV}; $ROUNDS rounds of ${SECONDS_PER_RUN}s alternated, medians"
for side in a b; do
  rss=$(awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/${PID[$side]}/status")
  started=$(sed -n 's/.*(started in \([0-9]*\) ms.*/\1/p' "$OUT/$side/server.log")
  printf '%s: %s requests/s (rounds: %s) p50 %s ms p99 %s ms, peak RSS %s MB, started in %s ms\n' "$side" \
    "$(echo "${RPS[$side]}" | median)" "${RPS[$side]% }" "$(echo "${P50[$side]}" | median)" \
    "$(echo "${P99[$side]}" | median)" "$rss" "$started"
done
awk -v a="$(echo "${RPS[a]}" | median)" -v b="$(echo "${RPS[b]}" | median)" 'BEGIN { printf "b/a requests/s: %.2f\n", b / a }'
# each round's b over the a measured just before it: the machine's drift between rounds cancels out
paired=$(paste -d' ' <(echo "${RPS[a]}" | tr ' ' '\n' | sed '/^$/d') <(echo "${RPS[b]}" | tr ' ' '\n' | sed '/^$/d') \
  | awk '{ printf "%.3f\n", $2 / $1 }')
echo "b/a round by round: $(echo "$paired" | tr '\n' ' ')(median $(echo "$paired" | median))"
