#!/usr/bin/env bash
# Measures farewell against the floor on a corpus: wall time, MB/s, files/s, peak RSS, and the
# ratio to `grep -F -i -w -c` with the pack's literal keywords over the same files.
#
#   bench/run.sh                 # the shared corpora (../shared/corpora)
#   bench/run.sh DIR             # any directory
#   bench/run.sh --generate 200  # a generated corpus of about 200 MB
#   bench/run.sh --scale 10      # the shared corpora copied 10 times, against one copy
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/farewell" ./cmd/farewell # static, as README installs it
go -C bench build -o "$work/measure" ./measure
"$work/farewell" rules --keywords > "$work/keywords"

measure_dir() { # DIR LABEL
  local dir=$1 label=$2 bytes files fw gr
  bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
  files=$(find "$dir" -type f | wc -l)
  fw=$("$work/measure" -n "$runs" -- "$work/farewell" lint --quiet --output /dev/null "$dir")
  gr=$("$work/measure" -n "$runs" -- grep -r -F -i -w -c -f "$work/keywords" "$dir")
  awk -v label="$label" -v bytes="$bytes" -v files="$files" -v fw="$fw" -v gr="$gr" 'BEGIN {
    split(fw, a, /[ =]/); split(gr, g, /[ =]/)
    wall = a[2]; rss = a[4]; gwall = g[2]
    printf "%s: %d files, %.1f MB\n", label, files, bytes / 1e6
    printf "  farewell  %.3f s wall  %.1f MB/s  %.0f files/s  peak RSS %.1f MB\n", wall, bytes / 1e6 / wall, files / wall, rss
    printf "  grep floor %.3f s wall (grep -r -F -i -w -c, %s)\n", gwall, "pack keywords"
    printf "  ratio to the floor: %.2fx\n", wall / gwall
  }'
}

case "${1:-}" in
--generate)
  go -C bench run ./gen -out "$work/gen" -mb "${2:-100}"
  measure_dir "$work/gen" "generated corpus"
  ;;
--scale)
  n=${2:-10}
  src=../shared/corpora
  mkdir "$work/copies"
  for i in $(seq 1 "$n"); do cp -r "$src" "$work/copies/$i"; done
  measure_dir "$src" "1 copy"
  measure_dir "$work/copies" "$n copies"
  ;;
"")
  measure_dir ../shared/corpora "shared corpora"
  ;;
*)
  measure_dir "$1" "$1"
  ;;
esac
