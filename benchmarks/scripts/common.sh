# Sourced by benchmarks/run.sh, ab.sh and startup.sh: what their servers share, so that every script
# measures the same JVM.
# shellcheck shell=bash disable=SC2034 # the variables are used by the scripts that source this file

# The same JVM for Ronghe and the baseline: the heap the budget names (grown from 16 MB as needed, not
# committed whole from the start), and flags that keep native memory small (README, BENCHMARKS.md).
JAVA_FLAGS=(-Xms16m -Xmx128m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m
  -Djdk.nio.maxCachedBufferSize=262144 -XX:TrimNativeHeapInterval=1000)
export MALLOC_ARENA_MAX=2
# the bootstrap ADMIN token of every generated store
SECRET=bench-admin-secret-of-at-least-32-characters-01

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
# numbers separated by spaces on standard input -> their median (0 for none)
median() { tr ' ' '\n' | awk 'NF' | sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2 }'; }

# PostgreSQL (scripts/postgres.sh's server and role): a database made afresh, and one settled after its
# data was written (statistics fresh, dead rows gone) so that no autovacuum runs during a measurement.
# Notices ("does not exist, skipping", tables only a superuser may vacuum) are not shown; errors are.
pg() { PGPASSWORD=ronghe PGOPTIONS='--client-min-messages=error' psql -q -h 127.0.0.1 -U ronghe "$@" > /dev/null; }
fresh_pg_database() { pg -d ronghe -c "DROP DATABASE IF EXISTS $1" && pg -d ronghe -c "CREATE DATABASE $1"; }
settle_pg_database() { pg -d "$1" -c "VACUUM ANALYZE"; }
