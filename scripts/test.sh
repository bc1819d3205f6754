#!/usr/bin/env bash
# The whole test suite, as CI runs it: starts (installing if need be) PostgreSQL for the PostgreSQL
# suites, Graphviz for the structure drawings and Chromium for the console's browser tests, then builds and tests every module (the benchmarks
# module too), holds the domain and the application to their mutation-testing floors (scripts/mutation.sh)
# and runs the benchmarks' smoke version. Without PostgreSQL those suites fail; they never skip.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(bash scripts/postgres.sh)"
# Graphviz draws the structure's DOT in StructureApiTest
if ! command -v dot >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq graphviz >&2 || { apt-get update -qq && apt-get install -y -qq graphviz; }
  else sudo apt-get install -y -qq graphviz; fi
fi
# Chromium, its driver and a CJK font for the console's browser tests (ConsoleBrowserTest): without the font
# every Chinese character renders as a box in the screenshots
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -q "Noto Sans CJK"; then
  packages="chromium chromium-driver fonts-noto-cjk"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq $packages >&2 || { apt-get update -qq && apt-get install -y -qq $packages; }
  else sudo apt-get install -y -qq $packages; fi
fi
mvn -B -ntp -P benchmarks verify "$@"
# Mutation testing: the domain and the application against their floors (ADR 0013); fails the run below them.
bash scripts/mutation.sh "$@"
# The benchmarks' smoke run: seconds per step, both backends; it proves they run and asserts no time.
bash benchmarks/run.sh --smoke --no-build
# The start-up comparison once (class-data archive made and used): proves it runs, asserts no time.
bash benchmarks/startup.sh --rounds 1 --no-build
# The memory run once, short: proves it runs, asserts no figure.
bash benchmarks/memory.sh --no-build --seconds 3
# The grids' GeoJSON under load once, short, on both backends: proves it runs, asserts no figure.
bash benchmarks/grids.sh --no-build --seconds 2
# The console's pages under load once, short, on H2: proves the script signs in and every page answers 200.
bash benchmarks/console.sh --no-build --seconds 1 --backends h2
