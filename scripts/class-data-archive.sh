#!/usr/bin/env bash
# Makes a class-data archive (AppCDS, JDK 13+) for a built server jar: starts it once on a scratch H2
# store, serves one request, stops it; the JVM writes the classes it loaded to the archive at exit.
# Started with -XX:SharedArchiveFile=ARCHIVE, the server maps those classes instead of loading and
# verifying them again: the first request came 37 % sooner on the district store (BENCHMARKS.md).
# The archive belongs to that jar and that JDK: make it again after each build (a JVM given an archive
# that does not match warns and starts without it).
#
#   bash scripts/class-data-archive.sh [JAR] [ARCHIVE]   # defaults: adapter-http/target/ronghe-server.jar, .jsa beside it
set -euo pipefail
JAR=${1:-adapter-http/target/ronghe-server.jar}
ARCHIVE=${2:-${JAR%.jar}.jsa}
[ -f "$JAR" ] || { echo "no $JAR: build it first (mvn -q -B package -DskipTests)" >&2; exit 1; }
SCRATCH=$(mktemp -d /tmp/ronghe-cds-XXXX)
trap 'rm -rf "$SCRATCH"' EXIT
SECRET=class-data-archive-secret-of-at-least-32-chars
PORT=${RONGHE_CDS_PORT:-7199}
rm -f "$ARCHIVE"
RONGHE_DB_URL="jdbc:h2:file:$SCRATCH/ronghe" RONGHE_HTTP_PORT=$PORT RONGHE_DEMO=true RONGHE_BOOTSTRAP_TOKEN=$SECRET \
  java -Xshare:auto -XX:ArchiveClassesAtExit="$ARCHIVE" -Xmx128m -jar "$JAR" > "$SCRATCH/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null -H "Authorization: Bearer $SECRET" "http://127.0.0.1:$PORT/api/v1/structure" && break
  kill -0 "$pid" 2>/dev/null || { cat "$SCRATCH/server.log" >&2; exit 1; }
  sleep 0.1
done
# a create too, so that the write path's classes (transactions, audit, idempotency) are in the archive:
# a town under the demo's district party committee (a store holds one live district committee)
district=$(curl -sf -H "Authorization: Bearer $SECRET" \
  "http://127.0.0.1:$PORT/api/v1/organizations?kind=DISTRICT_PARTY_COMMITTEE&status=ACTIVE&size=1" \
  | grep -o '"id":"[0-9a-f-]*"' | head -n 1 | cut -d'"' -f4 || true)
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $SECRET" \
  -H 'Content-Type: application/json' -H 'Idempotency-Key: class-data-archive' "http://127.0.0.1:$PORT/api/v1/organizations" \
  -d '{"kind":"TOWN_PARTY_COMMITTEE","name":"归档训练镇","parentId":"'"$district"'"}')
[ "$status" = 201 ] || echo "the training create answered $status (the archive still holds the reads)" >&2
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
[ -s "$ARCHIVE" ] || { echo "no archive written; server log:" >&2; cat "$SCRATCH/server.log" >&2; exit 1; }
echo "$ARCHIVE ($(( $(stat -c %s "$ARCHIVE") / 1048576 )) MB): start with -XX:SharedArchiveFile=$ARCHIVE"
