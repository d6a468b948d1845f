#!/usr/bin/env bash
# Load test of the web app (not part of CI): release build, SQLite with 10,000
# evaluations, wrk at 32 connections against the evaluation list page and the API.
# Prints requests/s and p99 latency for each, with the machine's load beside them.
#
# Env: SCRATCH (build folder, default .build, the one `swift build` uses), COUNT
# (evaluations, default 10000), DURATION (seconds per run, default 20), PORT
# (default: a free one), SKIP_BUILD=1 (use the binary already in SCRATCH).
# Every step has a time limit; on failure the script prints the server log and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

scratch=${SCRATCH:-.build}
[[ "${SKIP_BUILD:-}" == 1 ]] || swift build -c release --scratch-path "$scratch" --product jixiao
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/jixiao
work=$(mktemp -d)
server=
cleanup() { [[ -z "$server" ]] || kill "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fail() {
  echo "load-test: $*" >&2
  if [[ -s "$work/serve.log" ]]; then echo "--- server log (last 40 lines) ---" >&2; tail -40 "$work/serve.log" >&2; fi
  exit 1
}

# A free port unless PORT is set: a port another process holds (and does not answer on) would
# leave the health check waiting.
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)}
export JIXIAO_SQLITE="$work/load.sqlite" JIXIAO_EXAMPLES="$PWD/examples"
timeout 600 "$bin" web-seed --count "${COUNT:-10000}" || fail "web-seed failed or took over 10 minutes"
"$bin" serve --port "$port" > "$work/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 150); do
  curl -sf --max-time 2 "$base/health" >/dev/null && break
  kill -0 "$server" 2>/dev/null || fail "jixiao serve exited"
  sleep 0.2
done
curl -sf --max-time 2 "$base/health" >/dev/null || fail "no answer on $base/health after 30 s"

# The reviewer sees every unit: the list and its counts run over all evaluations.
jar="$work/cookies"
http() { curl -sS --max-time 30 -c "$jar" -b "$jar" "$@"; }
csrf=$(http "$base/login" | grep -o 'name="_csrf" value="[0-9a-f]*"' | head -1 | cut -d'"' -f4 || true)
[[ -n "$csrf" ]] || fail "no CSRF token on the login page"
code=$(http -o /dev/null -w '%{http_code}' "$base/login" --data-urlencode "_csrf=$csrf" \
  --data-urlencode username=reviewer --data-urlencode password=jixiao-demo)
[[ "$code" == 303 ]] || fail "login answered $code, expected 303"
session=$(awk '$6=="jixiao-session" {print $7}' "$jar")
[[ -n "$session" ]] || fail "no session cookie after login"
cookie="jixiao-session=$session"
token=$(http "$base/account/tokens" --data-urlencode "_csrf=$csrf" --data-urlencode name=load \
  | grep -o 'jx_[0-9a-f]*' | head -1 || true)
[[ -n "$token" ]] || fail "no API token created"
for url in "$base/evaluations" "$base/api/v1/evaluations"; do
  code=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" -H "Authorization: Bearer $token" "$url")
  [[ "$code" == 200 ]] || fail "GET $url answered $code"
done

# CPU time the server used (user + system), in clock ticks: CPU per request is a figure the
# other processes on a shared machine disturb far less than requests/s.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
run() {
  local name=$1; shift
  local before; before=$(cpu_ticks)
  local out; out=$(timeout $(( ${DURATION:-20} + 60 )) wrk -t2 -c32 -d"${DURATION:-20}s" --latency "$@") \
    || fail "wrk failed on $name"
  local rps p99 n cpu
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  cpu=$(awk -v t="$(( $(cpu_ticks) - before ))" -v hz="$(getconf CLK_TCK)" -v n="$n" \
    'BEGIN {printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0)}')
  printf '%-30s %10s req/s   p99 %-9s server CPU %s ms/request   (load %s)\n' \
    "$name" "$rps" "$p99" "$cpu" "$(cut -d' ' -f1-3 /proc/loadavg)"
  grep -E "Non-2xx|Socket errors" <<<"$out" || true
}
echo "SQLite, ${COUNT:-10000} evaluations, 32 connections, $(nproc) cores"
run "GET /evaluations (page)" -H "Cookie: $cookie" "$base/evaluations"
run "GET /api/v1/evaluations (API)" -H "Authorization: Bearer $token" "$base/api/v1/evaluations"
