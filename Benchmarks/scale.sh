#!/usr/bin/env bash
# slant on Spark against one process, release mode: N articles (default 10,000 30,000 100,000: BASIL's 240 full texts
# from ../shared/data, not in a clone, replicated with new ids) through `slant analyze` (one process, every core) and
# through scripts/spark/profile.py with local[2] (analysis, records file, reduction, profile); articles per second, and
# the peak memory of the largest process (sampled every half second: the JVM, a Python worker or a slant process).
# Needs Java 17 and pyspark.
# Usage: Benchmarks/scale.sh [N …]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 30000 100000)
[ -d ../shared/data ] || { echo "needs ../shared/data"; exit 2; }
work=${TMPDIR:-/tmp}/slant-bench-scale
mkdir -p "$work"
swift build -c release --product slant >/dev/null
for n in "${sizes[@]}"; do
  python3 - "$work" "$n" <<'PY'
import json, sys
sys.path.insert(0, 'scripts')
import basil
work, n = sys.argv[1], int(sys.argv[2])
arts = [a for _, a in sorted(basil.load('lexical_bias')[0].items())]
with open(f'{work}/articles-{n}.jsonl', 'w') as f:
    for i in range(n):
        a = arts[i % len(arts)]
        copy = i // len(arts)
        f.write(json.dumps({'id': f"{a['article_id']}#{copy}", 'event': a['event'], 'outlet': a['outlet'],
                            'title': a['title'], 'text': a['text']}) + '\n')
PY
  s0=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/one.mem" .build/release/slant analyze < "$work/articles-$n.jsonl" > "$work/one-$n.jsonl"
  s1=$(date +%s.%N)
  python3 scripts/spark/profile.py --master 'local[2]' --input "$work/articles-$n.jsonl" \
    --output "$work/spark-$n" --slant .build/release/slant > /dev/null 2>&1 &
  job=$!
  peak=0
  while kill -0 "$job" 2>/dev/null; do
    rss=$(ps -eo rss=,args= | grep -E 'java|pyspark|slant analyze|profile.py' | grep -v grep | sort -n | tail -1 | awk '{print $1}')
    [ -n "$rss" ] && [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 0.5
  done
  wait "$job"
  echo "$peak" > "$work/spark.mem"
  s2=$(date +%s.%N)
  python3 - "$n" "$s0" "$s1" "$s2" "$work" <<'PY'
import sys
n, s0, s1, s2, work = int(sys.argv[1]), *map(float, sys.argv[2:5]), sys.argv[5]
one, spark = s1 - s0, s2 - s1
m1 = int(open(f'{work}/one.mem').read().split()[-1]) // 1024
m2 = int(open(f'{work}/spark.mem').read().split()[-1]) // 1024
print(f'{n:>7} articles: one process {one:7.1f} s ({n / one:5.0f}/s, {m1} MB)   Spark local[2] {spark:7.1f} s '
      f'({n / spark:5.0f}/s, largest process {m2} MB)   Spark/one {one / spark:.2f}')
PY
  cmp <(.build/release/slant profile --records "$work/one-$n.jsonl" --format csv) "$work/spark-$n/profile.csv" && echo "         same profile"
done
