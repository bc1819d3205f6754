#!/usr/bin/env bash
# Mutation testing (issue 16, docs/adr/0013): PIT with its default mutators over the domain, under the
# domain's own scenario tests, and over the application, under the use-case tests that run on the
# in-memory adapter. Fails when the domain kills less than 85 % of its mutants or any of its packages
# less than 70 %, or the application less than 70 % (no-coverage counts as not killed; no class is
# excluded). Reports: domain/target/pit-reports and adapter-persistence/target/pit-reports (HTML, XML).
#
#   bash scripts/mutation.sh [maven options, e.g. -o]
#   ONLY=domain CLASSES='org.ronghe.domain.task.*' bash scripts/mutation.sh -o   (one part, a few classes)
#
# PIT runs through our launcher (build-support/pit-junit-platform, MutationRun), not its Maven plugin:
# the launcher gives a process several classes' mutants where PIT gives each class a process of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
support=build-support/pit-junit-platform
# Our PIT plugins and the launcher into the local repository, and the class path the launcher runs on
mvn -B -ntp -q -f "$support/pom.xml" install dependency:build-classpath \
  -Dmdep.outputFile=target/launcher.classpath "$@"
plugin="$PWD/$support/target/ronghe-pit-junit-platform-1.jar"
launcher="$plugin:$(cat "$support/target/launcher.classpath")"
# The modules and their tests compiled, and the class path each module's tests run on
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test.classpath -pl domain,application,adapter-persistence "$@"

# mutate TESTED_MODULE CODE_MODULE TARGET_CLASSES TARGET_TESTS: CODE_MODULE's classes under the tests of
# TESTED_MODULE, reports in TESTED_MODULE/target/pit-reports
mutate() {
  local tests=$1 code=$2
  (
    cd "$tests"
    # the tests' class path, our test plugin and the JUnit launcher it runs them with, one per line
    { echo "$PWD/target/test-classes"; echo "$PWD/target/classes"; tr ':' '\n' < target/test.classpath
      echo "$plugin"; tr ':' '\n' < "../$support/target/launcher.classpath" | grep /junit-platform-launcher/
    } > target/pit.classpath
    # the launcher (PIT's coordinating process) on C1 and the serial collector: on two cores its own JIT
    # compilation competed with the minions; the minions on C1 alone start faster (docs/adr/0013)
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$launcher" org.ronghe.build.pit.MutationRun \
      --reportDir target/pit-reports --timestampedReports=false --outputFormats HTML,XML \
      --targetClasses "$3" --targetTests "$4" \
      --sourceDirs "$(cd "../$code" && pwd)/src/main/java" --mutableCodePaths "$(cd "../$code" && pwd)/target/classes" \
      --classPathFile target/pit.classpath --includeLaunchClasspath=false \
      --threads "${PIT_THREADS:-3}" --jvmArgs=-XX:TieredStopAtLevel=1,-Xshare:auto \
      ${PIT_ARGLINE:+--argLine "$PIT_ARGLINE"}
  )
}

only=${ONLY:-all}
if [[ $only == all || $only == domain ]]; then
  domain_started=$(date +%s)
  mutate domain domain "${CLASSES:-org.ronghe.domain.*}" 'org.ronghe.domain.*'
  echo "domain (org.ronghe.domain.*), killed of generated, per package ($(( $(date +%s) - domain_started )) s):"
  python3 scripts/mutation-report.py domain/target/pit-reports/mutations.xml --floor 70 --total-floor 85
fi
if [[ $only == all || $only == application ]]; then
  application_started=$(date +%s)
  mutate adapter-persistence application "${CLASSES:-org.ronghe.application.*}" \
    'org.ronghe.adapter.persistence.usecases.*'
  echo "application (org.ronghe.application.*), killed of generated, per package ($(( $(date +%s) - application_started )) s):"
  python3 scripts/mutation-report.py adapter-persistence/target/pit-reports/mutations.xml --total-floor 70
fi
echo "mutation testing took $(( $(date +%s) - started )) s"
