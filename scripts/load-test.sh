#!/usr/bin/env bash
# Load test of the web app (not part of CI): release build, SQLite with 10,000
# evaluations, wrk at 32 connections against the evaluation list page and the API.
# Prints requests/s and p99 latency for each.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

swift build -c release --scratch-path .build-release --product jixiao
bin=$(swift build -c release --scratch-path .build-release --show-bin-path)/jixiao
work=$(mktemp -d)
port=${PORT:-18080}
export JIXIAO_SQLITE="$work/load.sqlite" JIXIAO_EXAMPLES="$PWD/examples"
"$bin" web-seed --count "${COUNT:-10000}"
"$bin" serve --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
until curl -sf "$base/health" >/dev/null; do kill -0 $server; sleep 0.2; done

# The reviewer sees every unit: the list query runs over all 10,000 rows.
jar="$work/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[0-9a-f]*"' | head -1 | cut -d'"' -f4)
curl -s -c "$jar" -b "$jar" -o /dev/null "$base/login" --data-urlencode "_csrf=$csrf" \
  --data-urlencode username=reviewer --data-urlencode password=jixiao-demo
cookie="jixiao-session=$(awk '$6=="jixiao-session" {print $7}' "$jar")"
token=$(curl -s -b "$jar" "$base/account/tokens" --data-urlencode "_csrf=$csrf" --data-urlencode name=load \
  | grep -o 'jx_[0-9a-f]*' | head -1)

run() {
  local name=$1; shift
  local out; out=$(wrk -t2 -c32 -d"${DURATION:-20}s" --latency "$@")
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  printf '%-34s %10s req/s   p99 %s\n' "$name" "$rps" "$p99"
  grep -E "Non-2xx|Socket errors" <<<"$out" || true
}
echo "SQLite, ${COUNT:-10000} evaluations, 32 connections, $(nproc) cores"
run "GET /evaluations (page)" -H "Cookie: $cookie" "$base/evaluations"
run "GET /api/v1/evaluations (API)" -H "Authorization: Bearer $token" "$base/api/v1/evaluations"
