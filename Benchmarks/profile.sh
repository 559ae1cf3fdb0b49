#!/usr/bin/env bash
# Outlet profiles at scale, release mode: `slant analyze` on BASIL's 240 articles (../shared/data, not in a clone),
# its records replicated with new ids and events to N records (default 100,000: 3 outlets, about 33,000 events each),
# then `slant profile --records` on them: time and peak memory (GNU time).
# Usage: Benchmarks/profile.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
[ -d ../shared/data ] || { echo "needs ../shared/data"; exit 2; }
work=${TMPDIR:-/tmp}/slant-bench-profile
mkdir -p "$work"
swift build -c release --product slant >/dev/null
python3 - "$work" <<'PY'
import json, sys
sys.path.insert(0, 'scripts')
import basil
arts, _ = basil.load('lexical_bias')
with open(sys.argv[1] + '/basil.jsonl', 'w') as f:
    for k in sorted(arts):
        a = arts[k]
        f.write(json.dumps({'id': k, 'event': a['event'], 'outlet': a['outlet'], 'title': a['title'], 'text': a['text']}) + '\n')
PY
/usr/bin/time -f "analyze: %e s, %M KB peak" .build/release/slant analyze < "$work/basil.jsonl" > "$work/basil.records"
python3 - "$work" "$n" <<'PY'
import json, sys
work, n = sys.argv[1], int(sys.argv[2])
base = [json.loads(l) for l in open(work + '/basil.records')]
with open(work + '/many.records', 'w') as f:
    for i in range(n):
        r = dict(base[i % len(base)])
        copy = i // len(base)
        r['id'] = f"{r['id']}#{copy}"
        r['event'] = f"{r['event']}#{copy}"
        f.write(json.dumps(r, sort_keys=True) + '\n')
PY
echo "$(wc -l < "$work/many.records") records"
/usr/bin/time -f "profile: %e s, %M KB peak" .build/release/slant profile --records "$work/many.records" > "$work/profile.csv"
/usr/bin/time -f "profile --compare: %e s, %M KB peak" .build/release/slant profile --records "$work/many.records" --compare HuffPost "New York Times" > "$work/compare.csv"
wc -l "$work/profile.csv" "$work/compare.csv"
