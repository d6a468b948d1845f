#!/usr/bin/env bash
# Load test of the web app (not part of CI): release build, wrk at 32 connections against the
# list page, the API list, the dashboard, the write path (API PUT of an evaluation, with scoring,
# history and the version check; never two saves of one evaluation at once) and a mixed run
# (90% API list reads, 10% saves). Prints requests/s, p99 latency and the app's CPU per request,
# with the machine's load beside them.
#
# Env: DATABASE_URL (postgres://… of a server: the script creates a database of its own there
# and drops it after; without it, a SQLite file), PROCESSES (1 or 2 `jixiao serve` on the one
# database, wrk's threads spread over them; default 1), COUNT (evaluations, default 10000),
# UNITS (load units they are spread over; default: the demo units), DURATION (seconds per run,
# default 20), CONNECTIONS (default 32), RUNS (default "page api dashboard save mixed"),
# EXISTING_DATABASE=1 (DATABASE_URL names a seeded database: used as it is, not created, seeded
# or dropped), DASHBOARD_YEAR (the dashboard run asks for that year; default: the newest with
# evaluations), BIN (a jixiao binary to use, no build), SCRATCH (build folder, default .build), SKIP_BUILD=1
# (use the binary already in SCRATCH), PORT (first port; default: free ones).
# Every step has a time limit; on failure the script prints the server log and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

if [[ -n "${BIN:-}" ]]; then bin=$BIN; else
  scratch=${SCRATCH:-.build}
  [[ "${SKIP_BUILD:-}" == 1 ]] || swift build -c release --scratch-path "$scratch" --product jixiao
  bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/jixiao
fi
processes=${PROCESSES:-1}
connections=${CONNECTIONS:-32}
duration=${DURATION:-20}
count=${COUNT:-10000}
work=$(mktemp -d)
servers=()
database=
server_url=${DATABASE_URL:-}
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${servers[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n "$database" ]]; then psql -q "$server_url" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "load-test: $*" >&2
  for log in "$work"/serve-*.log; do
    [[ -s "$log" ]] && { echo "--- $log (last 40 lines) ---" >&2; tail -40 "$log" >&2; }
  done
  exit 1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

export JIXIAO_EXAMPLES="$PWD/examples"
unset DATABASE_URL
if [[ -n "$server_url" && "${EXISTING_DATABASE:-}" == 1 ]]; then
  export DATABASE_URL=$server_url
  engine="PostgreSQL ($(psql -tA "$server_url" -c 'SHOW server_version' | cut -d' ' -f1)), existing database"
  count=$(psql -tA "$server_url" -c 'SELECT COUNT(*) FROM evaluations')
elif [[ -n "$server_url" ]]; then
  command -v psql >/dev/null || fail "DATABASE_URL needs psql"
  database="jixiao_load_$$_$RANDOM"
  psql -q "$server_url" -c "CREATE DATABASE $database" >/dev/null || fail "cannot create database $database"
  export DATABASE_URL
  DATABASE_URL=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$server_url" "$database")
  engine="PostgreSQL ($(psql -tA "$server_url" -c 'SHOW server_version' | cut -d' ' -f1))"
else
  export JIXIAO_SQLITE="$work/load.sqlite"
  engine="SQLite"
fi

if [[ "${EXISTING_DATABASE:-}" != 1 ]]; then
  seed=(web-seed --count "$count")
  [[ -z "${UNITS:-}" ]] || seed+=(--units "$UNITS")
  start=$(date +%s)
  timeout 3600 "$bin" "${seed[@]}" >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; fail "web-seed failed or took over an hour"; }
  echo "seeded $count evaluations in $(( $(date +%s) - start )) s: $(tail -1 "$work/seed.log")"
fi

hosts=()
for i in $(seq "$processes"); do
  port=$(( ${PORT:-0} > 0 ? ${PORT:-0} + i - 1 : $(free_port) ))
  "$bin" serve --port "$port" > "$work/serve-$i.log" 2>&1 &
  servers+=($!)
  hosts+=("127.0.0.1:$port")
done
for i in "${!hosts[@]}"; do
  for _ in $(seq 150); do
    curl -sf --max-time 2 "http://${hosts[$i]}/health" >/dev/null && break
    kill -0 "${servers[$i]}" 2>/dev/null || fail "jixiao serve exited"
    sleep 0.2
  done
  curl -sf --max-time 2 "http://${hosts[$i]}/health" >/dev/null || fail "no answer on ${hosts[$i]}/health after 30 s"
done
base="http://${hosts[0]}"
export LOAD_HOSTS; LOAD_HOSTS=$(IFS=,; echo "${hosts[*]}")

# signin USER: a session cookie (reviewer for the pages) and an API token (admin, who may save).
signin() {
  local jar="$work/cookies-$1" csrf code
  csrf=$(curl -sS --max-time 30 -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[0-9a-f]*"' | head -1 | cut -d'"' -f4 || true)
  [[ -n "$csrf" ]] || fail "no CSRF token on the login page"
  code=$(curl -sS --max-time 30 -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' "$base/login" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "username=$1" --data-urlencode password=jixiao-demo)
  [[ "$code" == 303 ]] || fail "login of $1 answered $code, expected 303"
  session=$(awk '$6=="jixiao-session" {print $7}' "$jar")
  # Signing in renews the form token: read it again from a page of the new session.
  csrf=$(curl -sS --max-time 30 -c "$jar" -b "$jar" "$base/account/tokens" | grep -o 'name="_csrf" value="[0-9a-f]*"' | head -1 | cut -d'"' -f4 || true)
  token=$(curl -sS --max-time 30 -c "$jar" -b "$jar" "$base/account/tokens" --data-urlencode "_csrf=$csrf" \
    --data-urlencode name=load | grep -o 'jx_[0-9a-f]*' | head -1 || true)
  [[ -n "$session" && -n "$token" ]] || fail "no session or API token for $1"
}
signin reviewer; cookie="jixiao-session=$session"
signin admin; export LOAD_TOKEN=$token
for url in "$base/evaluations" "$base/api/v1/evaluations" "$base/dashboard"; do
  code=$(curl -s --max-time 60 -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" -H "Authorization: Bearer $LOAD_TOKEN" "$url")
  [[ "$code" == 200 ]] || fail "GET $url answered $code"
done

# The evaluations the saves write: drafts of open years, four per connection, each body with markers
# and its current version (read again before every run: saves in flight when wrk stopped did land).
export LOAD_SAVES="$work/saves.tsv" LOAD_THREADS=2
prepare_saves() {
python3 - "$base" "$LOAD_TOKEN" "$(( connections * 4 ))" "$LOAD_SAVES" <<'PY' || fail "could not prepare the saves"
import json, sys, urllib.request
base, token, wanted, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def get(path):
    req = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    return json.load(urllib.request.urlopen(req, timeout=60))
# Drafts of years open for filing (a closed year's draft may not be changed).
ids = []
for year in [y["year"] for y in get("/api/v1/fiscal-years") if y["open"]]:
    ids += [row["id"] for row in get(f"/api/v1/evaluations?status=draft&year={year}&per={min(wanted, 500)}")["items"]]
ids = ids[:wanted]
with open(out, "w") as f:
    for id in ids:
        stored = get(f"/api/v1/evaluations/{id}")
        e = stored["evaluation"]
        e.setdefault("figures", {})["otherIncome"] = "__N__"
        body = json.dumps({"version": "__V__", "evaluation": e}, ensure_ascii=False, separators=(",", ":"))
        f.write(f"{id}\t{stored['version']}\t{body.replace(chr(34) + '__V__' + chr(34), '__V__')}\n")
if not ids: sys.exit("no drafts to save")
PY
}
prepare_saves
saves=$(wc -l < "$LOAD_SAVES")
(( saves >= connections )) || echo "warning: only $saves drafts of open years: save runs also read when all are in flight"
# One save by hand: the write path answers 200 before it is measured.
IFS=$'\t' read -r id version body < "$LOAD_SAVES"
body=${body//__N__/999}
code=$(curl -s --max-time 60 -o "$work/put.json" -w '%{http_code}' -X PUT -H "Authorization: Bearer $LOAD_TOKEN" \
  -H 'Content-Type: application/json' --data-binary "${body//__V__/$version}" "$base/api/v1/evaluations/$id")
[[ "$code" == 200 ]] || { head -c 400 "$work/put.json" >&2; echo >&2; fail "PUT of $id answered $code"; }

# CPU time the servers used (user + system), in clock ticks: CPU per request is a figure the
# other processes on a shared machine disturb far less than requests/s.
cpu_ticks() { local t=0 pid; for pid in "${servers[@]}"; do t=$(( t + $(awk '{print $14 + $15}' "/proc/$pid/stat") )); done; echo $t; }
run() {
  local name=$1; shift
  local before; before=$(cpu_ticks)
  local out; out=$(timeout $(( duration + 60 )) wrk -t2 -c"$connections" -d"${duration}s" --latency -s scripts/load/wrk.lua "$@" 2>&1) \
    || fail "wrk failed on $name"
  ! grep -q "wrk.lua:" <<<"$out" || fail "wrk script error on $name: $(grep -m1 "wrk.lua:" <<<"$out")"
  local rps p99 n cpu
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  cpu=$(awk -v t="$(( $(cpu_ticks) - before ))" -v hz="$(getconf CLK_TCK)" -v n="$n" \
    'BEGIN {printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0)}')
  printf '%-34s %10s req/s   p99 %-9s app CPU %s ms/request   (load %s)\n' \
    "$name" "$rps" "$p99" "$cpu" "$(cut -d' ' -f1-3 /proc/loadavg)"
  grep -E "Non-2xx|Socket errors|first refused" <<<"$out" || true
}
echo "$engine, $count evaluations${UNITS:+ over $UNITS units}, $processes process(es), $connections connections, $(nproc) cores, ${duration} s each"
for r in ${RUNS:-page api dashboard save mixed}; do
  case $r in
    page) LOAD_SAVES= run "GET /evaluations (page)" -H "Cookie: $cookie" "$base/evaluations" ;;
    api) LOAD_SAVES= run "GET /api/v1/evaluations (API)" -H "Authorization: Bearer $LOAD_TOKEN" "$base/api/v1/evaluations" ;;
    dashboard) LOAD_SAVES= run "GET /dashboard${DASHBOARD_YEAR:+?year=$DASHBOARD_YEAR}" -H "Cookie: $cookie" "$base/dashboard${DASHBOARD_YEAR:+?year=$DASHBOARD_YEAR}" ;;
    save) prepare_saves; run "PUT /api/v1/evaluations/:id (save)" "$base/api/v1/evaluations" ;;
    mixed) prepare_saves; LOAD_READ_RATIO=0.9 run "mixed: 90% API list, 10% saves" "$base/api/v1/evaluations" ;;
    *) fail "unknown run $r (page api dashboard save mixed)" ;;
  esac
done
