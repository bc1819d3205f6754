#!/usr/bin/env bash
# Refreshes the console's screenshots in docs/console/ (1366x768, and the overview at 360 px): runs the browser
# tests, which take them in headless Chromium over the Jiading data set, and copies them over.
#
#   bash scripts/console-screenshots.sh [maven options, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q install -DskipTests -Dronghe.classDataArchive.skip=true -pl domain,application,adapter-persistence "$@"
mvn -B -ntp -q test -pl adapter-http -Dtest=ConsoleBrowserTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
mkdir -p docs/console
cp adapter-http/target/console-screenshots/*.png docs/console/
ls docs/console
