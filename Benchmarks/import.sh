#!/usr/bin/env bash
# Batch import, release mode: N articles (default 10,000: BASIL's 240 texts from ../shared/data, not in a clone,
# replicated into new events with a line that keeps each copy distinct) from one JSONL into a fresh corpus; time and
# peak memory (GNU time), then `slant check` on the result.
# Usage: Benchmarks/import.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
[ -d ../shared/data ] || { echo "needs ../shared/data"; exit 2; }
work=${TMPDIR:-/tmp}/slant-bench-import
rm -rf "$work"; mkdir -p "$work"
swift build -c release --product slant >/dev/null
python3 - "$work" "$n" <<'PY'
import json, sys
sys.path.insert(0, 'scripts')
import basil
work, n = sys.argv[1], int(sys.argv[2])
arts = [a for _, a in sorted(basil.load('lexical_bias')[0].items())]
with open(work + '/articles.jsonl', 'w') as f:
    for i in range(n):
        a = arts[i % len(arts)]
        copy = i // len(arts)
        f.write(json.dumps({'event': f"{a['event'][:8]}-{copy}", 'outlet': a['outlet'], 'date': a.get('date'), 'title': a['title'],
                            'text': a['text'] + f'\n\nCopy {copy}.'}) + '\n')
PY
/usr/bin/time -f "import: %e s, %M KB peak" .build/release/slant import "$work/articles.jsonl" --corpus "$work/corpus"
/usr/bin/time -f "check: %e s, %M KB peak" .build/release/slant check --corpus "$work/corpus" | tail -1
