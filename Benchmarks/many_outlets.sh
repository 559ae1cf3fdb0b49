#!/usr/bin/env bash
# The report of events with many outlets, release mode: 300 and 1,000 articles by as many outlets (scripts/many_outlets.py:
# the three long articles of one BASIL event from ../shared/data, each outlet keeping about three quarters of its
# paragraphs; with --seeds, the five seed articles in this repository, so it runs on a bare clone), imported into a fresh
# corpus, then `slant report` (HTML: the rows layout and one page per outlet) timed, with the page sizes and peak memory.
# Usage: Benchmarks/many_outlets.sh [--seeds] [SIZES…]   (default sizes: 300 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
source=basil
if [ "${1:-}" = "--seeds" ]; then source=seeds; shift; fi
sizes=${*:-300 1000}
if [ "$source" = basil ] && [ ! -d ../shared/data ]; then echo "needs ../shared/data (or --seeds)"; exit 2; fi
swift build -c release --product slant >/dev/null
slant=$PWD/.build/release/slant
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-9s %-12s %-10s %-12s %-14s %-12s\n' articles "report (s)" "peak MB" "report MB" "largest page" "all pages MB"
for n in $sizes; do
  python3 scripts/many_outlets.py "$work/in$n" --articles "$n" --source "$source" --event "many-$n" >/dev/null
  "$slant" import "$work/in$n/articles.jsonl" --corpus "$work/corpus" >/dev/null 2>&1
  best=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$slant" report "many-$n" --corpus "$work/corpus" --groups "$work/in$n/groups.yaml" \
      --out "$work/out/many-$n.html" 2>/dev/null
    read -r seconds kb < "$work/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; peak=$kb; fi
  done
  main=$(stat -c %s "$work/out/many-$n.html")
  largest_size=$(find "$work/out/many-$n-outlets" -name '*.html' -printf '%s\n' | sort -n | tail -n 1)
  total=$(du -sb "$work/out/many-$n-outlets" | cut -f1)
  printf '%-9s %-12s %-10s %-12s %-14s %-12s\n' "$n" "$best" "$((peak / 1024))" \
    "$(awk "BEGIN{printf \"%.2f\", $main/1e6}")" "$((largest_size / 1024)) KB" "$(awk "BEGIN{printf \"%.1f\", $total/1e6}")"
done
