#!/usr/bin/env bash
# Measures farewell side by side with its peers, each given the same 20 rules (one literal
# phrase each, case-insensitive, word-bounded), in one run of interleaved rounds (bench/measure
# rotates the order from round to round): wall time, CPU time (user + system), peak RSS and
# findings per tool, on the Markdown/HTML/text files of ../shared/corpora, on ten copies of
# them, and on `--stdin` with a 10 KB HTML e-mail; then the ratio of each peer's CPU time to
# farewell's. farewell also runs with its full built-in pack, for scale.
#
#   bench/peers.sh            # RUNS=5 rounds on the corpora, STDIN_RUNS=31 on stdin
#
# farewell is built static (CGO_ENABLED=0), as README installs it. Peers are installed as `go
# install` builds them (Vale's tree-sitter parsers need cgo) from the Go module proxy into a
# temporary GOBIN:
# Vale (github.com/errata-ai/vale/v3/cmd/vale@v3.7.1) and woke (github.com/get-woke/woke@v0.19.0).
# A peer that cannot be installed is skipped, and the table says so.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
stdin_runs=${STDIN_RUNS:-31}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/farewell" ./cmd/farewell # static, as README installs it
go -C bench build -o "$work/measure" ./measure
mkdir -p "$work/bin"
have_vale=0 have_woke=0
GOBIN="$work/bin" go install github.com/errata-ai/vale/v3/cmd/vale@v3.7.1 >/dev/null 2>&1 && have_vale=1 ||
  echo "vale: not installed (go install github.com/errata-ai/vale/v3/cmd/vale@v3.7.1 failed); skipped"
GOBIN="$work/bin" go install github.com/get-woke/woke@v0.19.0 >/dev/null 2>&1 && have_woke=1 ||
  echo "woke: not installed (go install github.com/get-woke/woke@v0.19.0 failed: not served by the proxy); skipped"

# The corpus: the md/html/txt files of ../shared/corpora, paths kept, ten copies of it, the e-mail.
bench/inputs.sh "$work"

# The 20 rules, written once per tool.
phrases=("sad to see you go" "sorry to see you go" "last chance" "are you sure" "you will lose"
  "you'll lose" "don't go" "we'll miss you" "act now" "forever" "permanently" "cannot be undone"
  "why are you leaving" "please reconsider" "before you go" "miss out" "unsubscribe" "cancel"
  "delete your account" "goodbye")
mkdir -p "$work/fw" "$work/vale/styles/Peers"
{
  echo "rules:"
  for i in "${!phrases[@]}"; do
    printf '  - id: peers.p%02d\n    type: existence\n    severity: warning\n    message: "{match}"\n    why: "a peer benchmark rule"\n    tokens: ["%s"]\n' "$i" "${phrases[$i]}"
  done
} > "$work/fw/peers.yaml"
printf 'builtin: false\npacks: [peers.yaml]\n' > "$work/fw/.farewell.yaml"
for i in "${!phrases[@]}"; do
  printf 'extends: existence\nmessage: "%%s"\nlevel: warning\nignorecase: true\ntokens:\n  - "%s"\n' "${phrases[$i]}" \
    > "$work/vale/styles/Peers/P$(printf %02d "$i").yml"
done
printf 'StylesPath = styles\nMinAlertLevel = suggestion\n[*.{md,html,txt}]\nBasedOnStyles = Peers\n' > "$work/vale/.vale.ini"
{
  echo "rules:"
  for i in "${!phrases[@]}"; do
    printf '  - name: p%02d\n    terms: ["%s"]\n    alternatives: ["x"]\n' "$i" "${phrases[$i]}"
  done
} > "$work/woke.yaml"

fw20=("$work/farewell" lint --config "$work/fw/.farewell.yaml" --format json)
fwall=("$work/farewell" lint --format json)
vale=("$work/bin/vale" --config "$work/vale/.vale.ini" --output=line --no-exit)
woke=("$work/bin/woke" -c "$work/woke.yaml" --exit-1-on-failure=false)

# findings TOOL-LABEL COMMAND...: the number of findings the command reports.
findings() {
  case $1 in
  farewell*) { "${@:2}" 2>/dev/null || true; } | grep -o '"findings":[0-9]*' | tail -1 | tr -dc 0-9 ;; # exit 1: findings
  vale) "${@:2}" 2>/dev/null | grep -c . || true ;;
  woke) "${@:2}" 2>/dev/null | grep -c -E '^[^ ].*:[0-9]+:[0-9]+' || true ;;
  esac
}

# row LABEL TOOL MEASURE-OUTPUT FINDINGS: one line of the table.
row() {
  awk -v label="$1" -v tool="$2" -v m="$3" -v f="$4" 'BEGIN {
    n = split(m, a, /[ =]/); for (i = 1; i < n; i += 2) v[a[i]] = a[i + 1]
    printf "%-16s %-22s %8.3f %8.3f %9.1f %9s\n", label, tool, v["wall"], v["cpu"], v["rss_mb"], f
  }'
}

# compare LABEL INPUT-FLAG TARGET: measure every tool on TARGET (a directory, or a file given
# as standard input when INPUT-FLAG is "stdin") and print its rows and CPU ratios.
compare() {
  local label=$1 mode=$2 target=$3 n=$runs
  local -a names cmds
  if [ "$mode" = stdin ]; then
    n=$stdin_runs
    names=(farewell-20 farewell-builtin)
    cmds=("${fw20[*]} --stdin --stdin-filename cancel.html" "${fwall[*]} --stdin --stdin-filename cancel.html")
    [ $have_vale = 1 ] && names+=(vale) && cmds+=("${vale[*]} --ext=.html")
    [ $have_woke = 1 ] && names+=(woke) && cmds+=("${woke[*]} --stdin")
  else
    names=(farewell-20 farewell-builtin)
    cmds=("${fw20[*]} $target" "${fwall[*]} $target")
    [ $have_vale = 1 ] && names+=(vale) && cmds+=("${vale[*]} $target")
    [ $have_woke = 1 ] && names+=(woke) && cmds+=("${woke[*]} $target")
  fi
  local args=() i
  for i in "${!cmds[@]}"; do
    [ "$i" -gt 0 ] && args+=(:::)
    read -r -a words <<< "${cmds[$i]}"
    args+=("${words[@]}")
  done
  local in=()
  [ "$mode" = stdin ] && in=(-in "$target")
  mapfile -t lines < <("$work/measure" -n "$n" "${in[@]}" -- "${args[@]}")
  local base_cpu="" full_cpu=""
  for i in "${!names[@]}"; do
    read -r -a words <<< "${cmds[$i]}"
    local f
    if [ "$mode" = stdin ]; then f=$(findings "${names[$i]%%-*}" "${words[@]}" < "$target"); else f=$(findings "${names[$i]%%-*}" "${words[@]}"); fi
    row "$label" "${names[$i]}" "${lines[$i]}" "$f"
    local cpu
    cpu=$(sed -n 's/.* cpu=\([0-9.]*\).*/\1/p' <<< "${lines[$i]}")
    case $i in
    0) base_cpu=$cpu ;;
    1) full_cpu=$cpu ;;
    *) ratios+=("$label: ${names[$i]} takes $(awk -v c="$cpu" -v b="$base_cpu" -v f="$full_cpu" \
      'BEGIN { printf "%.1fx the CPU time of farewell-20, %.1fx that of farewell-builtin", c / b, c / f }')") ;;
    esac
  done
}

bytes=$(find "$work/prose" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
echo "md/html/txt of ../shared/corpora: $(find "$work/prose" -type f | wc -l) files, $bytes bytes; ten copies: $((10 * bytes)) bytes; stdin: $(wc -c < "$work/cancel.html") bytes"
printf "%-16s %-22s %8s %8s %9s %9s\n" input tool wall_s cpu_s rss_mb findings
ratios=()
compare corpus dir "$work/prose"
compare "10 copies" dir "$work/ten"
compare stdin stdin "$work/cancel.html"
printf '%s\n' "${ratios[@]}"
