#!/usr/bin/env bash
# Proves on a scratch copy of the repository that the architecture rules fail the build when
#   1. a domain class uses java.sql.Connection, and
#   2. a primary adapter (HTTP) calls a secondary port (a repository) directly.
# It works on a clone of the committed state. Each edit must make `mvn verify` fail in architecture-tests; the script exits non-zero otherwise.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

attempt() { # name, file, sed expression
  rm -rf "$scratch/repo" && git clone -q "$root" "$scratch/repo"
  sed -i "$3" "$scratch/repo/$2"
  if (cd "$scratch/repo" && mvn -q -B verify -DskipTests=false -Dtest='ArchitectureTest' -Dsurefire.failIfNoSpecifiedTests=false \
        > "$scratch/$1.log" 2>&1); then
    echo "FAIL: $1 did not break the build"; exit 1
  fi
  grep -q "ArchitectureTest" "$scratch/$1.log" || { echo "FAIL: $1 broke the build, but not in the architecture tests"; tail -30 "$scratch/$1.log"; exit 1; }
  echo "ok: $1 makes mvn verify fail in the architecture tests"
}

attempt domain-uses-java-sql \
  domain/src/main/java/org/ronghe/domain/organization/Organization.java \
  's|    private long version;|    private long version;\n    private java.sql.Connection connection;|'

attempt primary-adapter-calls-secondary-port \
  adapter-http/src/main/java/org/ronghe/adapter/http/organization/OrganizationRoutes.java \
  's|    private final OrganizationQueries queries;|    private final OrganizationQueries queries;\n    private org.ronghe.application.organization.port.out.Organizations sneaky;|'
