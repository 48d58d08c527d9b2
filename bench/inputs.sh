#!/usr/bin/env bash
# Writes the inputs the speed benchmarks share (bench/peers.sh, bench/throughput.sh) into DIR:
# prose/, the Markdown/HTML/text files of ../shared/corpora with their paths kept; ten/, ten
# copies of it; and cancel.html, the 10 KB HTML e-mail linted on standard input.
#
#   bench/inputs.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: bench/inputs.sh DIR}
src=../shared/corpora
(cd "$src" && find . -type f \( -name '*.md' -o -name '*.html' -o -name '*.txt' \)) | while read -r f; do
  mkdir -p "$out/prose/$(dirname "$f")" && cp "$src/$f" "$out/prose/$f"
done
mkdir "$out/ten"
for i in $(seq 1 10); do cp -r "$out/prose" "$out/ten/$i"; done
bench/email.sh > "$out/cancel.html"
