#!/usr/bin/env bash
# Measures throughput on the bytes read: MB of the files farewell reads per CPU-second of the
# whole process (user + system, start-up included), with the whole built-in pack, on the
# Markdown/HTML/text files of ../shared/corpora, on ten copies of them and on every file of the
# corpus read as English; the peak RSS of ten copies against one copy; and `lint --stdin` on a
# 10 KB HTML e-mail. Each figure is the median of interleaved rounds (bench/measure), and each
# row says whether the target holds (>= 50, 50 and 30 MB per CPU-second; peak RSS <= 1.2x).
#
#   bench/throughput.sh                             # RUNS=11 rounds, STDIN_RUNS=61 on stdin
#   FAREWELL=BINARY bench/throughput.sh             # measure another build (README installs
#                                                   # a static one: CGO_ENABLED=0)
#   BASE=BINARY bench/throughput.sh                 # and an older build in the same rounds
#
# Bytes read are the sizes of the files `lint --format json` reports with a format: files it
# skips (by locale, or as no format it reads) are not read and do not count.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-11}
stdin_runs=${STDIN_RUNS:-61}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fw=${FAREWELL:-}
if [ -z "$fw" ]; then
  fw=$work/farewell
  CGO_ENABLED=0 go build -o "$fw" ./cmd/farewell # static, as README installs it
fi
base=${BASE:-}
go -C bench build -o "$work/measure" ./measure

bench/inputs.sh "$work"
printf 'overrides:\n  - files: ["**"]\n    locale: en\n' > "$work/en.yaml"
corpus=$(cd ../shared/corpora && pwd)

# read_bytes DIR [ARGS...]: the bytes of the files lint reads in DIR (paths in its output are
# relative to DIR's parent, where it runs).
read_bytes() {
  local dir=$1
  shift
  (cd "$(dirname "$dir")" && { "$fw" lint --format json "$@" "$(basename "$dir")" || true; } |
    grep -o '"path":"[^"]*","format"' | sed 's/^"path":"//; s/","format"$//' |
    while read -r p; do stat -c %s "$p"; done | awk '{s += $1} END {print s + 0}')
}

# run LABEL BYTES TARGET ARGS...: one row, from interleaved rounds of base (if any) and fw.
run() {
  local label=$1 bytes=$2 target=$3 out
  shift 3
  if [ -n "$base" ]; then
    out=$("$work/measure" -n "$runs" -- "$base" "$@" ::: "$fw" "$@")
  else
    out=$("$work/measure" -n "$runs" -- "$fw" "$@")
  fi
  awk -v label="$label" -v bytes="$bytes" -v target="$target" -v based="${base:+1}" '
    { n = split($0, a, /[ =]/); for (i = 1; i < n; i += 2) v[NR, a[i]] = a[i + 1] }
    END {
      last = NR; cpu = v[last, "cpu"]; rate = bytes / 1e6 / cpu
      printf "%-34s %12d  %s%7.3f s %6.1f MB/CPU-s %6.1f MB  target %s: %s\n", label, bytes,
        based ? sprintf("base %.3f s (%.1f), ", v[1, "cpu"], bytes / 1e6 / v[1, "cpu"]) : "",
        cpu, rate, v[last, "rss_mb"], target, (rate >= target ? "met" : "not met")
    }' <<<"$out"
  rss[${#rss[@]}]=$(tail -1 <<<"$out" | grep -o 'rss_mb=[0-9.]*' | cut -d= -f2)
}

rss=()
echo "farewell: $("$fw" --version 2>&1 | head -1)${base:+; base: $("$base" --version 2>&1 | head -1)}"
printf '%-34s %12s  %s\n' input "bytes read" "median CPU, MB per CPU-second, peak RSS"
run "md/html/txt of ../shared/corpora" "$(read_bytes "$work/prose")" 50 lint --quiet --output /dev/null "$work/prose"
run "ten copies of them" "$(read_bytes "$work/ten")" 50 lint --quiet --output /dev/null "$work/ten"
run "every corpus file read as English" "$(read_bytes "$corpus" --config "$work/en.yaml")" 30 \
  lint --quiet --output /dev/null --config "$work/en.yaml" "$corpus"
awk -v one="${rss[0]}" -v ten="${rss[1]}" 'BEGIN {
  printf "peak RSS of ten copies: %.2fx one copy'\''s (target <= 1.2x: %s)\n", ten / one, (ten / one <= 1.2 ? "met" : "not met")
}'
stdin=(lint --stdin --stdin-filename cancel.html --format json)
if [ -n "$base" ]; then
  out=$("$work/measure" -n "$stdin_runs" -in "$work/cancel.html" -- "$base" "${stdin[@]}" ::: "$fw" "${stdin[@]}")
else
  out=$("$work/measure" -n "$stdin_runs" -in "$work/cancel.html" -- "$fw" "${stdin[@]}")
fi
awk '{ n = split($0, a, /[ =]/); for (i = 1; i < n; i += 2) v[NR, a[i]] = a[i + 1] }
  END {
    printf "lint --stdin, 10 KB HTML e-mail: %s%.0f ms CPU", (NR > 1 ? sprintf("base %.0f ms, ", 1000 * v[1, "cpu"]) : ""), 1000 * v[NR, "cpu"]
    if (NR > 1) printf " (%.2fx)", v[NR, "cpu"] / v[1, "cpu"]
    print ""
  }' <<<"$out"
