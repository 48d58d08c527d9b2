#!/usr/bin/env bash
# Prints the 10 KB HTML cancellation e-mail the editor benchmarks lint on standard input
# (bench/editors.sh; bench/peers.sh and bench/throughput.sh through bench/inputs.sh), laid out
# as transactional templates are: styles, tables, template values.
set -euo pipefail
printf '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>Your subscription has been cancelled</title>\n<style>\n'
for i in $(seq 0 19); do printf '.c%d { color: #333; font-family: Helvetica, Arial, sans-serif; padding: %dpx; }\n' "$i" "$i"; done
printf '</style>\n</head>\n<body>\n<table role="presentation" width="100%%">\n'
paras=(
  'Hi {{ customer.first_name }}, your {{ plan.name }} subscription has been cancelled.'
  'Thank you for being with us for {{ tenure }}. You keep access until {{ period_end }}, and you will not be charged again.'
  'Your projects stay available to export from Settings &rarr; Data for 30 days.'
  "If you change your mind, we'll be here. You can resubscribe anytime."
  'Tell us why you left, if you like: <a href="{{ survey_url }}">two questions</a>.'
)
for i in $(seq 0 38); do
  printf '  <tr>\n    <td class="c%d" style="padding: 16px 24px; font-size: 16px;">\n      <p style="margin: 0 0 12px;">%s</p>\n    </td>\n  </tr>\n' \
    $((i % 20)) "${paras[$((i % 5))]}"
done
printf '</table>\n</body>\n</html>\n'
