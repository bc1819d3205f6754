#!/usr/bin/env bash
# Makes sure a PostgreSQL 15 server runs on 127.0.0.1:5432 with role and database "ronghe"
# (password "ronghe"), installing it from Debian's packages when it is missing. Needs root (or sudo).
# Prints the environment the PostgreSQL tests read; `eval "$(bash scripts/postgres.sh)"` sets it.
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /usr/lib/postgresql/15 ]; then
  echo "installing PostgreSQL 15 from Debian's packages" >&2
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi
if ! pg_lsclusters -h 2>/dev/null | grep -q '^15 *main'; then
  as_root pg_createcluster 15 main >&2
fi
if ! pg_lsclusters -h | grep -q '^15 *main .* online'; then
  as_root pg_ctlcluster 15 main start >&2
fi
for _ in $(seq 1 30); do
  as_postgres "pg_isready -q -h 127.0.0.1 -p 5432" && break
  sleep 1
done
as_postgres "pg_isready -h 127.0.0.1 -p 5432" >&2
if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'ronghe'\"" | grep -q 1; then
  as_postgres "psql -qc \"CREATE ROLE ronghe LOGIN CREATEDB PASSWORD 'ronghe'\"" >&2
fi
if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'ronghe'\"" | grep -q 1; then
  as_postgres "createdb -O ronghe ronghe" >&2
fi
echo "export RONGHE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/ronghe"
echo "export RONGHE_TEST_PG_USER=ronghe"
echo "export RONGHE_TEST_PG_PASSWORD=ronghe"
