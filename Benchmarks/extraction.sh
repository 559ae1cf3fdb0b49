#!/usr/bin/env bash
# Extraction quality and speed on ../shared/data/extraction-dev (181 real news pages, 31 MB of HTML) and
# ../shared/data/extraction-dev-wcxb (709 article pages from 694 sites), or the datasets given (same layout), with
# trafilatura measured in the same run.
# Needs ../shared (not in a bare clone) and, for the reference, `pip install trafilatura lxml_html_clean`.
# Usage: Benchmarks/extraction.sh [REPEATS] [DATASET...]
# For extraction-dev-wcxb it also scores the tuning and held-out parts apart (scripts/extraction_split.py).
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-5}
shift || true
datasets=("$@")
[ ${#datasets[@]} -gt 0 ] || datasets=(../shared/data/extraction-dev ../shared/data/extraction-dev-wcxb)
eval=../shared/bench/evaluate_extraction.py
for data in "${datasets[@]}"; do
  [ -d "$data" ] || { echo "needs $data (the shared evaluation data)"; exit 2; }
done
swift build -c release --product slant >/dev/null
for data in "${datasets[@]}"; do
  scores=$(mktemp -d)
  echo "#### $data"
  echo "== quality and speed (fastest of $repeats passes; MB/s counts HTML bytes)"
  if python3 -c 'import trafilatura' 2>/dev/null; then
    python3 "$eval" --dataset "$data" --python-extractor trafilatura --repeat 3 --bootstrap 0 --header \
      --per-doc "$scores/trafilatura.tsv"
  fi
  # Warnings about pages (not an article, fallback) go to stderr; the figures are on stdout.
  python3 "$eval" --dataset "$data" --batch-cmd '.build/release/slant extract --jobs 1 --files-from {list} --out {outdir} 2>/dev/null' \
    --name 'slant (1 core)' --repeat "$repeats" --bootstrap 1000 --per-doc "$scores/slant.tsv"
  python3 "$eval" --dataset "$data" --batch-cmd '.build/release/slant extract --files-from {list} --out {outdir} 2>/dev/null' \
    --name "slant ($(nproc) cores)" --repeat "$repeats" --bootstrap 0
  if [[ "$data" == *wcxb* ]]; then
    echo "== tuning part and held-out part (page ids divisible by 5, never inspected while tuning)"
    python3 scripts/extraction_split.py "$scores/slant.tsv" $( [ -f "$scores/trafilatura.tsv" ] && echo "$scores/trafilatura.tsv")
  fi
  echo "== peak memory of the whole batch (max RSS)"
  cache=$(python3 - "$data" <<'PY'
import sys, tempfile, pathlib
d = pathlib.Path(sys.argv[1]).resolve()
print(pathlib.Path(tempfile.gettempdir()) / 'extract-bench-cache' / d.as_posix().strip('/').replace('/', '_'))
PY
  )
  ls "$cache"/*.html > /tmp/slant-bench-list.txt
  out=$(mktemp -d)
  /usr/bin/time -f '%M KB max RSS, %e s wall' .build/release/slant extract --files-from /tmp/slant-bench-list.txt --out "$out" 2>&1 \
    | grep -v '^slant: warning' || true
  rm -rf "$out" "$scores"
done
