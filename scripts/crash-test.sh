#!/usr/bin/env bash
# Crash safety: several API clients save through the built `jixiao serve`, the server is
# killed with SIGKILL mid-way, restarted on the same database, and every save that was
# answered 200 must be there (its version's document holds the value sent; the latest
# version is what the API returns), and SQLite must pass PRAGMA integrity_check.
# Runs on a temporary SQLite file, then on PostgreSQL when JIXIAO_TEST_POSTGRES_URL is set
# (in a database of its own, dropped afterwards).
#
#   scripts/crash-test.sh            # uses .build/debug/jixiao (JIXIAO_BIN to choose), builds it if missing
# Knobs: CRASH_CLIENTS (4), CRASH_SAVES (saves per client at most, 400),
# CRASH_KILL_AFTER (saves answered 200 before the kill, 200).
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${JIXIAO_BIN:-.build/debug/jixiao}
CLIENTS=${CRASH_CLIENTS:-4}
SAVES=${CRASH_SAVES:-400}
KILL_AFTER=${CRASH_KILL_AFTER:-200}
PASSWORD=jixiao-demo
[[ -x "$BIN" ]] || swift build --product jixiao
command -v sqlite3 >/dev/null || { echo "crash-test: sqlite3 is missing (scripts/install-test-deps.sh)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-crash-XXXXXX")
SERVER_PID=""
PG_DB=""
cleanup() {
  [[ -n "$SERVER_PID" ]] && kill -9 "$SERVER_PID" 2>/dev/null || true
  [[ -n "$PG_DB" ]] && psql -q "$JIXIAO_TEST_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null 2>&1 || true
  [[ -n "${CRASH_KEEP:-}" ]] && echo "crash-test: kept $WORK" >&2 || rm -rf "$WORK"
}
trap cleanup EXIT

fail() { echo "crash-test: FAIL: $*" >&2; exit 1; }

# A free port: the first in a random range that nothing answers on.
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/" || { echo "$port"; return; }
  done
  fail "no free port"
}

# Starts the server with the database environment in "$@" and waits (bounded) for /health.
start_server() {
  env "$@" JIXIAO_BCRYPT_COST=4 JIXIAO_EXAMPLES=examples "$BIN" serve --port "$PORT" >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null --max-time 1 "$BASE/health" && return
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$WORK/server.log" >&2; fail "server exited at start"; }
    sleep 0.1
  done
  fail "server did not answer /health within 60 s"
}

# A new API token of the demo filer, through the sign-in and tokens pages.
api_token() {
  local jar="$WORK/cookies" csrf
  csrf=$(curl -s -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[0-9a-f]*"' | head -1 | cut -d'"' -f4)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=filer" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  csrf=$(curl -s -b "$jar" -c "$jar" "$BASE/account/tokens" | grep -o 'name="_csrf" value="[0-9a-f]*"' | head -1 | cut -d'"' -f4)
  curl -s -b "$jar" -c "$jar" --data-urlencode "name=crash-test" --data-urlencode "_csrf=$csrf" "$BASE/account/tokens" \
    | grep -o 'jx_[0-9a-f]*' | head -1 || true
}

evaluation_json() { # client value
  printf '{"kind":"project","unit":{"name":"x","code":"wuhua-data"},"fiscalYear":2025,"frameworkID":"mof-2020-project","status":"draft","filing":{},"project":{"name":"crash-%s"},"figures":{"budgetAdjusted":"%s"},"targets":[],"indicators":{},"narrative":[]}' "$1" "$2"
}

# One client: creates its own evaluation, then saves values 1, 2, … in turn, logging each
# save answered 200 as "id version value". Stops at the first answer that is not 200
# (the server was killed) or after $SAVES saves.
client() {
  local n=$1 log="$WORK/saves-$1.log" out id version=1 status
  out=$(curl -s --max-time 10 -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
    -d "$(evaluation_json "$n" 0)" "$BASE/api/v1/evaluations") || return 0
  id=$(grep -o '"id":"[0-9A-Fa-f-]*"' <<<"$out" | head -1 | cut -d'"' -f4 || true)
  [[ -n "$id" ]] || return 0
  echo "$id 1 0" >>"$log"
  for value in $(seq 1 "$SAVES"); do
    status=$(curl -s -o "$WORK/put-$n.json" -w '%{http_code}' --max-time 10 -X PUT \
      -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
      -d "{\"version\":$version,\"evaluation\":$(evaluation_json "$n" "$value")}" "$BASE/api/v1/evaluations/$id") || return 0
    [[ "$status" == 200 ]] || { [[ "$status" == 000 ]] || echo "$id $status unexpected" >>"$WORK/unexpected.log"; return 0; }
    version=$((version + 1))
    grep -q "\"version\":$version" "$WORK/put-$n.json" || echo "$id answered a version other than $version" >>"$WORK/unexpected.log"
    echo "$id $version $value" >>"$log"
  done
}

saved_count() { cat "$WORK"/saves-*.log 2>/dev/null | wc -l; }

# Runs one crash round against the database given as environment assignments in "$@";
# QUERY is a command reading SQL on stdin and printing rows.
crash_round() {
  local label=$1; shift
  rm -f "$WORK"/saves-*.log "$WORK/unexpected.log"
  PORT=$(free_port); BASE="http://127.0.0.1:$PORT"
  start_server "$@"
  TOKEN=$(api_token)
  [[ -n "$TOKEN" ]] || fail "$label: could not make an API token"
  local pids=()
  for n in $(seq 1 "$CLIENTS"); do client "$n" & pids+=($!); done
  # Kill once enough saves were answered (bounded wait), while the clients are still saving.
  for _ in $(seq 1 600); do
    (( $(saved_count) >= KILL_AFTER )) && break
    sleep 0.05
  done
  kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  for pid in "${pids[@]}"; do wait "$pid" || true; done
  local answered; answered=$(saved_count)
  (( answered >= KILL_AFTER )) || fail "$label: only $answered saves answered before the kill"
  [[ ! -s "$WORK/unexpected.log" ]] || fail "$label: unexpected answers: $(head -5 "$WORK/unexpected.log")"

  start_server "$@"
  local checked=0 id version value last
  # Every answered save: its version's document holds the value sent.
  while read -r id version value; do
    local doc
    doc=$(printf "SELECT document FROM evaluation_versions WHERE version = $version AND $ID_MATCH;\n" "$id" | $QUERY)
    [[ "$doc" == *"\"budgetAdjusted\":\"$value\""* ]] || fail "$label: save $id version $version ($value) is missing"
    checked=$((checked + 1))
  done < <(cat "$WORK"/saves-*.log)
  # The latest answered save of each client is what the API returns (or one later, answered
  # by the server but lost with it).
  for log in "$WORK"/saves-*.log; do
    read -r id version value < <(tail -1 "$log")
    last=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/evaluations/$id") || fail "$label: $id unreadable after restart"
    local now; now=$(grep -o '"version":[0-9]*' <<<"$last" | tail -1 | cut -d: -f2)
    if [[ "$now" == "$version" ]]; then
      [[ "$last" == *"\"budgetAdjusted\":\"$value\""* ]] || fail "$label: $id version $version lost its value $value"
    elif [[ "$now" != "$((version + 1))" ]]; then
      fail "$label: $id is at version $now after an answered version $version"
    fi
  done
  kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  echo "crash-test: $label: $answered saves answered 200 before kill -9, all $checked found after restart"
}

# SQLite keeps UUIDs as upper-case text (the API writes them in lower case).
DB="$WORK/crash.sqlite"
QUERY="sqlite3 $DB"
ID_MATCH="upper(evaluation_id) = upper('%s')"
crash_round SQLite JIXIAO_SQLITE="$DB"
check=$(sqlite3 "$DB" "PRAGMA integrity_check;")
[[ "$check" == "ok" ]] || fail "SQLite integrity_check: $check"
echo "crash-test: SQLite: PRAGMA integrity_check ok"

if [[ -n "${JIXIAO_TEST_POSTGRES_URL:-}" ]]; then
  PG_DB="jixiao_crash_$RANDOM$RANDOM"
  psql -q "$JIXIAO_TEST_POSTGRES_URL" -c "CREATE DATABASE $PG_DB" >/dev/null
  PG_URL=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' \
    "$JIXIAO_TEST_POSTGRES_URL" "$PG_DB")
  QUERY="psql -qAt $PG_URL"
  ID_MATCH="evaluation_id = '%s'"
  crash_round PostgreSQL DATABASE_URL="$PG_URL"
fi
echo "crash-test: passed"
