#!/usr/bin/env bash
# Lexicon tokenize-and-match throughput: slant against pyahocorasick and flashtext on the same 10,000-entry lexicon
# (7,000 words, 2,000 phrases, 1,000 globs) and ~50 MB text, both built by ../shared/bench/lexicon_reference.py from
# real articles. Needs ../shared (not in a clone); the reference engines need
#   python3 -m venv /tmp/venv-lex && /tmp/venv-lex/bin/pip install pyahocorasick flashtext
# Usage: Benchmarks/lexicon.sh [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-5}
ref=../shared/bench/lexicon_reference.py
[ -f "$ref" ] || { echo "needs $ref"; exit 2; }
work=${TMPDIR:-/tmp}/slant-lexicon-bench
mkdir -p "$work"
python3 "$ref" --emit-lexicon "$work/lexicon.txt" --emit-text "$work/text.txt" --no-run
swift build -c release --product slant-bench >/dev/null
if [ -x /tmp/venv-lex/bin/python ]; then
  /tmp/venv-lex/bin/python "$ref" 2>&1 | grep -v '^inputs'
fi
.build/release/slant-bench lexicon --lexicon "$work/lexicon.txt" --text "$work/text.txt" --repeat "$repeats"
