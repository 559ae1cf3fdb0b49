#!/usr/bin/env bash
# Report generation speed, release mode: the whole framing report (analysis, omissions over all pairs of articles,
# HTML, Markdown and JSON) for 100-article events built from ../shared/data (not in a clone): AllSides roundups
# (headline and lead of left, center and right outlets) and, heavier, 100 full BASIL articles.
# Usage: Benchmarks/report.sh [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-5}
[ -d ../shared/data ] || { echo "needs ../shared/data"; exit 2; }
work=${TMPDIR:-/tmp}/slant-bench-inputs
python3 Benchmarks/prepare_inputs.py "$work"
swift build -c release --product slant-bench >/dev/null
.build/release/slant-bench report --lexicons lexicons --repeat "$repeats" --event "$work/allsides-100.jsonl"
.build/release/slant-bench report --lexicons lexicons --repeat "$repeats" --event "$work/basil-100.jsonl"
