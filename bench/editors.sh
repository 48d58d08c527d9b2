#!/usr/bin/env bash
# Measures what editors and writers wait for:
#   - `farewell lint --stdin --stdin-filename cancel.html --format json` on a 10 KB HTML e-mail
#     template, the whole process (median wall time of RUNS runs, by bench/measure), built as
#     `go build` builds it and as a static binary (CGO_ENABLED=0), next to the floor under it:
#     a Go program that prints one line, one that only links the required part-of-speech
#     library, one that links the four required libraries, and `farewell version` (start-up
#     alone);
#   - the latency from a didChange to its diagnostics in `farewell lsp` on a 20 KB HTML
#     template, driven over a pipe (BenchmarkDidChangeToDiagnostics: p50, p90, p99, max).
#
#   bench/editors.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-21}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/farewell" ./cmd/farewell
CGO_ENABLED=0 go build -o "$work/farewell-static" ./cmd/farewell
go -C bench build -o "$work/measure" ./measure
go -C bench build -o "$work/hello" ./floor/hello
go -C bench build -o "$work/prose" ./floor/prose
go -C bench build -o "$work/required" ./floor/required

bench/email.sh > "$work/cancel.html"

printf 'lint --stdin on a %d-byte HTML template (whole process):\n  ' "$(wc -c < "$work/cancel.html")"
"$work/measure" -n "$runs" -in "$work/cancel.html" -- "$work/farewell" lint --stdin --stdin-filename cancel.html --format json
printf 'the same, static binary (CGO_ENABLED=0, as README installs it):\n  '
"$work/measure" -n "$runs" -in "$work/cancel.html" -- "$work/farewell-static" lint --stdin --stdin-filename cancel.html --format json
echo 'the floor under it:'
printf '  %-47s ' 'a Go program printing one line:'
"$work/measure" -n "$runs" -- "$work/hello"
printf '  %-47s ' 'one linking only the part-of-speech library:'
"$work/measure" -n "$runs" -- "$work/prose"
printf '  %-47s ' 'one linking only the four required libraries:'
"$work/measure" -n "$runs" -- "$work/required"
printf '  %-47s ' 'farewell version (start-up alone):'
"$work/measure" -n "$runs" -- "$work/farewell" version
printf '  %-47s ' 'farewell version, static:'
"$work/measure" -n "$runs" -- "$work/farewell-static" version
echo 'didChange to diagnostics on a 20 KB HTML template (farewell lsp over a pipe):'
go test ./lsp -run XXX -bench DidChangeToDiagnostics -benchtime 2000x | grep Benchmark
