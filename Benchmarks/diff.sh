#!/usr/bin/env bash
# Diff engine speed, release mode: one pair of ~5,000-word articles (full diff: sentences, facts, quotes, framing;
# fastest of N), then every pair of two 100-article events (sentence alignment and facts, on all cores): AllSides
# roundups (headline and lead) and full BASIL articles. Inputs come from ../shared/data (not in a clone) through
# Benchmarks/prepare_inputs.py.
# Usage: Benchmarks/diff.sh [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-10}
[ -d ../shared/data ] || { echo "needs ../shared/data"; exit 2; }
work=${TMPDIR:-/tmp}/slant-bench-inputs
python3 Benchmarks/prepare_inputs.py "$work"
swift build -c release --product slant-bench >/dev/null
.build/release/slant-bench diff --lexicons lexicons --repeat "$repeats" --pair "$work/pair.jsonl" \
  --event "$work/allsides-100.jsonl" --event "$work/basil-100.jsonl"
