#!/usr/bin/env bash
# Starts the local PostgreSQL cluster (Debian) and makes sure the test role exists.
# Prints the URL the tests use (JIXIAO_TEST_POSTGRES_URL). Idempotent.
set -euo pipefail
user=jixiao_test; password=jixiao_test
cluster=$(pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1" "$2}')
if [[ -z "$cluster" ]]; then
  pg_createcluster 15 main >/dev/null 2>&1 || true
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
fi
read -r version name <<<"$cluster"
port=$(pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1==v && $2==n {print $3}')
if ! pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1==v && $2==n {print $4}' | grep -q online; then
  pg_ctlcluster "$version" "$name" start >&2
fi
as_postgres() { if [[ $(id -u) -eq 0 ]]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
for _ in $(seq 1 50); do as_postgres "psql -p $port -Atqc 'select 1'" >/dev/null 2>&1 && break; sleep 0.2; done
# The test run starts many apps at once (each with its pool, two per two-process test): 100 connections, the
# default, runs out now and then; raise it once (a restart is needed for this setting).
if [[ $(as_postgres "psql -p $port -Atqc 'show max_connections'") -lt 400 ]]; then
  as_postgres "psql -p $port -Atqc 'alter system set max_connections = 400'" >/dev/null
  pg_ctlcluster "$version" "$name" restart >&2
  for _ in $(seq 1 50); do as_postgres "psql -p $port -Atqc 'select 1'" >/dev/null 2>&1 && break; sleep 0.2; done
fi
# CREATEDB: each test creates and drops its own database.
as_postgres "psql -p $port -Atqc \"select 1 from pg_roles where rolname='$user'\"" | grep -q 1 \
  || as_postgres "psql -p $port -qc \"create role $user login createdb password '$password'\"" >&2
echo "postgres://$user:$password@127.0.0.1:$port/postgres?sslmode=disable"
