#!/usr/bin/env bash
# Prepares a local PostgreSQL for the server test suite and prints its DATABASE_URL on stdout:
#
#   export DATABASE_URL="$(scripts/postgres-test-db.sh)"
#   node --test "packages/server/src/**/*.test.ts"
#
# For a Debian/Ubuntu machine with the `postgresql` package installed (CI). Idempotent: starts the
# cluster if it is down (creating one if there is none), creates the role if missing and always
# recreates the database empty. Everything but the URL goes to stderr.
#
# Settings (environment): WHARF_PG_ROLE (wharf), WHARF_PG_PASSWORD (wharf), WHARF_PG_DATABASE (wharf_test),
# WHARF_PG_HOST (127.0.0.1). Needs root, the postgres user, or passwordless sudo.
set -euo pipefail

role="${WHARF_PG_ROLE:-wharf}"
password="${WHARF_PG_PASSWORD:-wharf}"
database="${WHARF_PG_DATABASE:-wharf_test}"
host="${WHARF_PG_HOST:-127.0.0.1}"

log() { printf '[postgres-test-db] %s\n' "$*" >&2; }
fail() { log "error: $*"; exit 1; }

for name in role database; do
  [[ "${!name}" =~ ^[a-z_][a-z0-9_]*$ ]] || fail "$name '${!name}' must be a plain lower-case SQL identifier"
done

# Run a command as the postgres operating-system user.
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" = 0 ]; then
    if command -v runuser >/dev/null; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else sudo -n -u postgres -- "$@"
  fi
}
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n -- "$@"; fi
}

command -v pg_lsclusters >/dev/null || fail "pg_lsclusters not found: install the postgresql package (apt-get install postgresql)"

# The first cluster pg_lsclusters knows (version, name, port, status); create one if there is none.
cluster="$(pg_lsclusters --no-header 2>/dev/null | head -n 1 || true)"
if [ -z "$cluster" ]; then
  version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  [ -n "$version" ] || fail "no PostgreSQL server under /usr/lib/postgresql"
  log "no cluster found; creating $version/main"
  as_root pg_createcluster "$version" main >&2
  cluster="$(pg_lsclusters --no-header | head -n 1)"
fi
read -r version name port status _ <<<"$cluster"

if [ "$status" != online ]; then
  log "starting cluster $version/$name on port $port"
  # pg_ctlcluster needs root (or the cluster owner) to start; systemd may not be running in containers.
  as_root pg_ctlcluster "$version" "$name" start >&2 || as_postgres pg_ctlcluster "$version" "$name" start >&2
fi

for _ in $(seq 1 30); do
  as_postgres pg_isready -q -p "$port" && break
  sleep 1
done
as_postgres pg_isready -q -p "$port" || fail "cluster $version/$name did not become ready on port $port"

psql_admin() { PGOPTIONS="-c client_min_messages=warning" as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres "$@"; }

# The role: created once; its password is (re)set every time so the printed URL always works.
psql_admin -v role="$role" -v password="$password" >&2 <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role')
\gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'password')
\gexec
SQL

# A fresh, empty database owned by the role (connections left over from an earlier run are ended).
log "recreating database $database owned by $role"
psql_admin -v database="$database" -v role="$role" >&2 <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'database')
\gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'role')
\gexec
SQL

url="postgres://${role}:${password}@${host}:${port}/${database}"
# Check that the role can really sign in over TCP with its password (pg_hba.conf allows it by default).
PGPASSWORD="$password" psql -X -q -h "$host" -p "$port" -U "$role" -d "$database" -c 'SELECT 1' >/dev/null \
  || fail "cannot sign in as $role at $host:$port (check pg_hba.conf allows password authentication)"
log "ready"
printf '%s\n' "$url"
