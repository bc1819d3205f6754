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
