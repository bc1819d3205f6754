#!/usr/bin/env bash
# Mutation testing (issue 16, docs/adr/0013): PIT with its default mutators over the domain, under the
# domain's own scenario tests, and over the application, under the use-case tests that run on the
# in-memory adapter. Fails when the domain kills less than 85 % of its mutants or any of its packages
# less than 70 %, or the application less than 70 % (no-coverage counts as not killed; no class is
# excluded). Reports: domain/target/pit-reports and adapter-persistence/target/pit-reports (HTML, XML).
#
#   bash scripts/mutation.sh [maven options, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
# PIT's test plugin for the JUnit Platform, ours (build-support/pit-junit-platform, docs/adr/0013): the
# mutation profile names it as a dependency of pitest-maven, so it goes to the local repository first.
mvn -B -ntp -q -f build-support/pit-junit-platform/pom.xml install "$@"
# Maven itself (PIT's coordinating process) on C1 and the serial collector: on two cores its own JIT
# compilation competed with the minions (A/B on a subset: 52 -> 43 s; docs/adr/0013)
export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
mvn -B -ntp -P mutation test-compile org.pitest:pitest-maven:mutationCoverage -pl domain,application,adapter-persistence "$@"
echo "domain (org.ronghe.domain.*), killed of generated, per package:"
python3 scripts/mutation-report.py domain/target/pit-reports/mutations.xml --floor 70 --total-floor 85
echo "application (org.ronghe.application.*), killed of generated, per package:"
python3 scripts/mutation-report.py adapter-persistence/target/pit-reports/mutations.xml --total-floor 70
echo "mutation testing took $(( $(date +%s) - started )) s"
