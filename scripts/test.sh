#!/usr/bin/env bash
# The whole test suite, as CI runs it: starts (installing if need be) PostgreSQL for the PostgreSQL
# suites, then builds and tests every module. Without PostgreSQL those suites fail; they never skip.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(bash scripts/postgres.sh)"
mvn -B -ntp verify "$@"
