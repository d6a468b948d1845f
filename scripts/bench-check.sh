#!/usr/bin/env bash
# Streaming `jixiao check` over the benchmark corpus on disk (issue 18): for each size, the
# corpus of `jixiao bench check` written as files (the same texts), then per binary `wc -m`, `jixiao check
# --format json` and `--format text` over the same files in the same run; wall seconds, MB/s,
# the ratio to `wc -m`, peak RSS (/usr/bin/time) and the load average beside each figure.
# The JSON is checked to be one document with every file, in input order.
#
# Usage: scripts/bench-check.sh [BINARY ...]   (default: .build-release/release/jixiao)
#   MEGABYTES="100 300"  corpus sizes (100 = the benchmark corpus, 300 = 3x)
#   ROUNDS=1             runs per size; binaries alternate within a round
#   PIN=""               e.g. PIN=0: every command pinned to that CPU list (taskset), for one-core rates
#   WORK=/tmp/jixiao-bench-check   where the corpus and outputs go (removed unless KEEP=1)
set -euo pipefail
cd "$(dirname "$0")/.."
BINS=("$@")
[ ${#BINS[@]} -gt 0 ] || BINS=(.build-release/release/jixiao)
MEGABYTES=${MEGABYTES:-"100 300"}
ROUNDS=${ROUNDS:-1}
WORK=${WORK:-/tmp/jixiao-bench-check}
SAMPLES=${SAMPLES:-$(cd .. && pwd)/shared/samples}
export LC_ALL=C.UTF-8
PINNED=()
[ -z "${PIN:-}" ] || PINNED=(taskset -c "$PIN")
for bin in "${BINS[@]}"; do [ -x "$bin" ] || { echo "no binary $bin" >&2; exit 2; }; done
mkdir -p "$WORK"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT

load() { cut -d' ' -f1 /proc/loadavg; }

# run LABEL MB BYTES-FILE -- command...: one timed run, one result row.
run() {
  local label=$1 mb=$2 out=$3; shift 4
  local before; before=$(load)
  "${PINNED[@]}" /usr/bin/time -f '%e %M %U %S' -o "$WORK/time" "$@" >"$out" 2>"$WORK/stderr" || {
    local rc=$?; [ $rc -le 1 ] || { echo "$label failed ($rc):" >&2; cat "$WORK/stderr" >&2; exit 2; }
  }
  read -r wall rss user sys < <(tail -1 "$WORK/time")
  local cpu; cpu=$(echo "$user + $sys" | bc -l)
  printf '%-28s %7.2f s %6.1f MB/s %5.0f MB RSS  cpu %6.2f s (%5.1f MB/cpu-s)  load %s-%s\n' \
    "$label" "$wall" "$(echo "$mb / $wall" | bc -l)" "$(echo "$rss / 1024" | bc -l)" \
    "$cpu" "$(echo "$mb / ($cpu + 0.001)" | bc -l)" "$before" "$(load)"
  echo "$wall" >"$WORK/last"
}

for size in $MEGABYTES; do
  corpus="$WORK/corpus-$size"
  rm -rf "$corpus"
  # The corpus of `jixiao bench check` (BenchCorpus.generate): the samples in turn, copy k
  # with every digit d written as (d + k / samples % 10) % 10, until the size is reached.
  python3 - "$SAMPLES" "$size" "$corpus" <<'PY'
import os, sys
folder, size, out = sys.argv[1], int(sys.argv[2]) << 20, sys.argv[3]
originals = [open(os.path.join(folder, n), 'rb').read() for n in sorted(os.listdir(folder)) if n.endswith('.txt')]
os.makedirs(out)
total = copy = 0
while total < size:
    original = originals[copy % len(originals)]
    shift = copy // len(originals) % 10
    table = bytes((b - 48 + shift) % 10 + 48 if 48 <= b <= 57 else b for b in range(256))
    open(os.path.join(out, '%05d.txt' % copy), 'wb').write(original.translate(table))
    total += len(original)
    copy += 1
PY
  count=$(find "$corpus" -name '*.txt' | wc -l)
  bytes=$(find "$corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
  mb=$(echo "$bytes / 1048576" | bc -l)
  printf '== %s files, %.1f MB (%s), %s cores, %s\n' "$count" "$mb" "$corpus" "$(nproc)" "$(date -u +%H:%M:%SZ)"
  find "$corpus" -name '*.txt' -print0 | xargs -0 cat >/dev/null # into the page cache for every command alike
  for round in $(seq "$ROUNDS"); do
    run "wc -m" "$mb" /dev/null -- sh -c 'find "$1" -name "*.txt" -print0 | sort -z | xargs -0 wc -m' _ "$corpus"
    wc=$(cat "$WORK/last")
    for bin in "${BINS[@]}"; do
      # …/old/.build/release/jixiao is "old"; any other binary goes by its file name.
      name=$(basename "$bin")
      [ "$name" != jixiao ] || name=$(basename "$(dirname "$(dirname "$(dirname "$bin")")")")
      for format in json text; do
        run "$name --format $format" "$mb" "$WORK/out.$format" -- "$bin" check --format "$format" "$corpus"
        printf '%-28s   x%.2f of wc -m time\n' "" "$(echo "$(cat "$WORK/last") / $wc" | bc -l)"
      done
      # One document, every file once, in input order (the files' sorted names).
      if [ "${VALIDATE:-1}" = 1 ]; then
        jq -r '.reports[].file' "$WORK/out.json" | xargs -n1 basename >"$WORK/order"
        jq -e ".summary.files == $count" "$WORK/out.json" >/dev/null || { echo "summary.files != $count" >&2; exit 1; }
        (cd "$corpus" && ls) | cmp -s - "$WORK/order" || { echo "JSON reports not in input order" >&2; exit 1; }
      fi
    done
  done
  rm -rf "$corpus" "$WORK"/out.*
done
