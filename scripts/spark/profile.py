#!/usr/bin/env python3
"""Outlet profiles on Apache Spark: slant's per-article stage run by Spark, its additive counts reduced by Spark, the
profile rendered by slant.

    python scripts/spark/profile.py --master 'local[2]' --input ARTICLES.jsonl --output DIR --slant PATH [--lexicons DIR]
    spark-submit --files PATH/slant scripts/spark/profile.py --input hdfs://… --output DIR --slant slant   (a cluster)

Input: JSON lines, one article per line, as `slant analyze` reads them ({"id", "event", "outlet", "date", "url",
"title", "group", and one of "html" or "text"}); any path Spark reads. Each partition is piped through
`slant analyze --errors-inline` (RDD.pipe): one analysis record per good line, one error line per bad one. Records are
written to DIR/records.jsonl in input order; bad lines are counted, listed in DIR/errors.jsonl and skipped.

The reduction: records are keyed by (outlet, event) and added up (every count in a record is additive: words, matches,
quotations, quoted words; `articles` counts the records added), which is the only arithmetic done here; the summed
records go to DIR/sums.jsonl and `slant profile --records DIR/sums.jsonl --format csv` renders DIR/profile.csv, which is
byte-identical to `slant profile --records DIR/records.jsonl --format csv` on one machine (a profile depends on the
records only through their sums per outlet and event).
"""
import argparse, json, shlex, shutil, subprocess, sys
from pathlib import Path

# This file is named like the standard library's profile module, which Spark's imports need: its folder leaves the path.
sys.path = [p for p in sys.path if Path(p or '.').resolve() != Path(__file__).resolve().parent]


def add(a, b):
    """The sum of two records of one outlet and event (or of two sums)."""
    out = dict(a)
    out['id'] = 'sum'
    out['title'] = ''
    out['url'] = None
    out['date'] = None
    out['text_sha256'] = ''
    out['extractor'] = None
    out['headline_frames'] = {}
    out['articles'] = a.get('articles', 1) + b.get('articles', 1)
    words = dict(a['words'])
    for voice, n in b['words'].items():
        words[voice] = words.get(voice, 0) + n
    out['words'] = words
    counts = {m: dict(v) for m, v in a['counts'].items()}
    for measure, by_voice in b['counts'].items():
        cell = counts.setdefault(measure, {})
        for voice, n in by_voice.items():
            cell[voice] = cell.get(voice, 0) + n
    out['counts'] = counts
    quotes = dict(a['quotes'])
    for kind, n in b['quotes'].items():
        quotes[kind] = quotes.get(kind, 0) + n
    out['quotes'] = quotes
    speakers = {(s['name'], s.get('group')): dict(s) for s in a['speakers']}
    for s in b['speakers']:
        key = (s['name'], s.get('group'))
        if key in speakers:
            t = speakers[key]
            t['firsts'] = t.get('firsts', int(t['first'])) + s.get('firsts', int(s['first']))
            t['quotes'] += s['quotes']
            t['words'] += s['words']
            t['first'] = t['first'] or s['first']
        else:
            speakers[key] = dict(s)
    out['speakers'] = [speakers[k] for k in sorted(speakers, key=lambda k: (k[0], k[1] or ''))]
    for field in ('own_words', 'facts'):
        if a.get(field) or b.get(field):
            total = dict(a.get(field) or {})
            for key, n in (b.get(field) or {}).items():
                total[key] = total.get(key, 0) + n
            out[field] = total
    if a.get('omissions') or b.get('omissions'):
        zero = {'majority': 0, 'left_out': 0, 'in_part': 0}
        oa, ob = a.get('omissions') or zero, b.get('omissions') or zero
        out['omissions'] = {k: oa.get(k, 0) + ob.get(k, 0) for k in zero}
    if a.get('lexicons') != b.get('lexicons'):
        raise ValueError(f"records of {a['outlet']} / {a['event']} were made with different lexicons")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--master', default=None, help="Spark master (default: spark-submit's, else local[*])")
    ap.add_argument('--input', required=True, help='JSON lines of articles (any path Spark reads)')
    ap.add_argument('--output', required=True, help='a local folder for records.jsonl, sums.jsonl, errors.jsonl, profile.csv')
    ap.add_argument('--slant', required=True, help='the slant binary (on a cluster: its name as shipped with --files)')
    ap.add_argument('--lexicons', help='a lexicons folder to use instead of the lexicons built into slant')
    ap.add_argument('--partitions', type=int, default=None, help='input partitions (default: two per core)')
    ap.add_argument('--jvm-memory', default='512m', help='heap of the driver and of each executor (default: 512m)')
    ap.add_argument('--work', help='where the part files of the analysis go (default: DIR/parts; on a cluster, a path every '
                                   'executor writes to, such as hdfs:///tmp/slant-parts)')
    a = ap.parse_args()

    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName('slant-profile').config('spark.ui.showConsoleProgress', 'false')
    # The JVM only moves lines (slant does the work in its own processes): a small heap is plenty, and keeps a
    # local[N] run, where the driver is the executor, well under 1 GB.
    builder = builder.config('spark.driver.memory', a.jvm_memory).config('spark.executor.memory', a.jvm_memory)
    if a.master:
        builder = builder.master(a.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel('ERROR')
    local = sc.master.startswith('local')
    slant = str(Path(a.slant).resolve()) if local else './' + Path(a.slant).name
    command = [slant, 'analyze', '--errors-inline', '--jobs', '1'] + (['--lexicons', a.lexicons] if a.lexicons else [])

    # Each partition goes through one slant process (one core); two partitions a core keep the cores busy. The line
    # number in an error line counts within its partition; the article id, when the line has one, names it.
    lines = sc.textFile(a.input, minPartitions=a.partitions or 2 * sc.defaultParallelism)
    # One pass of analysis, written as it comes (nothing cached): the part files are read back, as text, for the
    # records file, the bad lines and the sums.
    folder = Path(a.output)
    folder.mkdir(parents=True, exist_ok=True)
    parts = a.work or (folder / 'parts').resolve().as_uri()
    if local:
        shutil.rmtree(folder / 'parts', ignore_errors=True)
    lines.pipe(' '.join(shlex.quote(c) for c in command)).saveAsTextFile(parts)
    out = sc.textFile(parts)
    is_error = lambda l: '"schema":"slant.error/1"' in l
    records = out.filter(lambda l: not is_error(l))
    n_records = 0
    with open(folder / 'records.jsonl', 'w', encoding='utf8') as f:
        if local:               # the part files in order: slant's own bytes, in input order
            for part in sorted((folder / 'parts').glob('part-*')):
                with open(part, encoding='utf8') as p:
                    for line in p:
                        if not is_error(line):
                            f.write(line)
                            n_records += 1
        else:
            for line in records.toLocalIterator():
                f.write(line + '\n')
                n_records += 1
    bad = [json.loads(l) for l in out.filter(is_error).collect()]
    with open(folder / 'errors.jsonl', 'w', encoding='utf8') as f:
        for e in bad:
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + '\n')

    # Sorted in Spark and streamed to the driver a partition at a time: the driver never holds the sums at once.
    sums = records.map(json.loads).map(lambda r: ((r['outlet'], r.get('group') or '', r['event']), r)).reduceByKey(add).sortByKey()
    with open(folder / 'sums.jsonl', 'w', encoding='utf8') as f:
        for _, r in sums.toLocalIterator():
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(',', ':')) + '\n')
    spark.stop()

    local_slant = str(Path(a.slant).resolve()) if Path(a.slant).exists() else a.slant
    subprocess.run([local_slant, 'profile', '--records', str(folder / 'sums.jsonl'), '--format', 'csv',
                    '--out', str(folder / 'profile.csv')], check=True, stdout=subprocess.DEVNULL)
    print(f'{n_records} records, {len(bad)} bad lines skipped; wrote {folder}/records.jsonl, sums.jsonl, errors.jsonl, profile.csv')
    for e in bad[:10]:
        print(f"  skipped {e.get('id') or 'a line'}: {e['error']}", file=sys.stderr)


if __name__ == '__main__':
    main()
