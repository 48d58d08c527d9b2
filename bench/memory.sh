#!/usr/bin/env bash
# Measures peak resident memory on large single documents against the target of 64 MB plus ten
# times the document (bench/measure and bench/lspmem read the kernel's rusage):
#   - a .po catalog of 100,000 entries, each a goodbye that lacks its elements;
#   - a 16 MB single line of prose with few findings, and one where every 20 bytes are one;
#   - a 5 MB HTML document opened and edited once in `farewell lsp`.
# Also the time each takes (median of RUNS runs), to show what the memory costs.
#
#   bench/memory.sh
#   FAREWELL=/path/to/other/farewell bench/memory.sh   # measure another build the same way
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${FAREWELL:-$work/farewell}
[ -n "${FAREWELL:-}" ] || CGO_ENABLED=0 go build -o "$bin" ./cmd/farewell # as README installs it
go -C bench build -o "$work/measure" ./measure
go -C bench build -o "$work/lspmem" ./lspmem

mkdir -p "$work/locales/en"
awk 'BEGIN {
  printf "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
  for (i = 0; i < 100000; i++) printf "#: src/a.py:%d\nmsgid \"Please don'"'"'t go! We will miss you %06d\"\nmsgstr \"\"\n\n", i, i
}' > "$work/en.po"
awk 'BEGIN { for (i = 0; i < 16000000 / 21; i++) printf "we will miss you and "; print "" }' > "$work/prose16m.txt"
awk 'BEGIN { for (i = 0; i < 16000000 / 20; i++) printf "Please stay with us "; print "" }' > "$work/findings16m.txt"
awk 'BEGIN {
  p[0] = "Hi {{ name }}, your subscription has been cancelled."
  p[1] = "Thank you for being with us. You keep access until {{ end }}."
  p[2] = "Please don'"'"'t go! To cancel, call us Monday to Friday."
  p[3] = "We'"'"'re sad to see you go. Your data stays available for 30 days."
  p[4] = "If you change your mind, we'"'"'ll be here."
  for (i = 0; n < 5000000; i++) { line = "<p>" p[i % 5] "</p>"; n += length(line) + 1; print line }
}' > "$work/doc5m.html"

report() { # LABEL FILE RESULT
  local size
  size=$(stat -c %s "$2")
  awk -v label="$1" -v size="$size" -v res="$3" 'BEGIN {
    split(res, a, /[ =]/); wall = a[2]; rss = a[4]
    target = 64 + 10 * size / 1048576
    printf "%-34s %6.1f MB  %7.2f s  peak RSS %7.1f MB  target %6.1f MB  %s\n", label, size / 1048576, wall, rss, target, (rss <= target ? "met" : "over")
  }'
}

echo "farewell: $("$bin" version)"
report "lint, .po of 100,000 entries" "$work/en.po" "$("$work/measure" -n "$runs" -- "$bin" lint --quiet --output /dev/null "$work/en.po")"
report "lint, 16 MB line of prose" "$work/prose16m.txt" "$("$work/measure" -n "$runs" -- "$bin" lint --quiet --output /dev/null "$work/prose16m.txt")"
report "lint, 16 MB line, a finding/20 B" "$work/findings16m.txt" "$("$work/measure" -n "$runs" -- "$bin" lint --quiet --output /dev/null "$work/findings16m.txt")"
report "lsp, 5 MB HTML opened and edited" "$work/doc5m.html" "$("$work/lspmem" -- "$bin" lsp < "$work/doc5m.html")"
