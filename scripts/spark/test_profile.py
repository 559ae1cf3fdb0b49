#!/usr/bin/env python3
"""The Spark job against one machine (run by .ci/run): scripts/spark/profile.py with local[2] on a few hundred
articles made from the seed event's texts (in the repository), replicated into 80 events, 8 outlets in 3 groups,
with two bad lines. Passes when the job skips exactly the bad lines and its profile.csv is byte-identical to
`slant profile --records DIR/records.jsonl --format csv` (and to the profile of `slant analyze` run on one machine).

Needs Java 17 and pyspark (.ci/run installs both); without them the test says so and is skipped (exit 0) only when
SLANT_SPARK_OPTIONAL=1, else it fails.

Usage: scripts/spark/test_profile.py [--slant .build/debug/slant]
"""
import argparse, json, os, shutil, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
# profile.py beside this file is named like the standard library's profile module, which pyspark imports.
sys.path = [p for p in sys.path if Path(p or '.').resolve() != Path(__file__).resolve().parent]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--slant', default=str(ROOT / '.build' / 'debug' / 'slant'))
    a = ap.parse_args()
    missing = [what for what, ok in (('java', shutil.which('java')), ('pyspark', _has_pyspark())) if not ok]
    if missing:
        message = f'spark test: {" and ".join(missing)} not installed (apt-get install -y openjdk-17-jre-headless; pip install pyspark)'
        if os.environ.get('SLANT_SPARK_OPTIONAL') == '1':
            print(message + '; SKIPPED')
            return
        sys.exit(message)

    texts = sorted((ROOT / 'seeds' / 'iraq-2021-combat-mission' / 'articles').glob('*/text.txt'))
    outlets = [f'Outlet {chr(65 + i)}' for i in range(8)]
    groups = ['left', 'center', 'right']
    lines = []
    for e in range(80):
        for o, outlet in enumerate(outlets):
            if (e + o) % 3 == 0:
                continue                      # not every outlet covers every event
            text = texts[(e + o) % len(texts)].read_text(encoding='utf8')
            title, _, body = text.partition('\n\n')
            lines.append(json.dumps({'id': f'e{e}-o{o}', 'event': f'event-{e}', 'outlet': outlet, 'group': groups[o % 3],
                                     'title': title, 'text': body + f'\n\nCopy {e}.'}, ensure_ascii=False))
    lines.insert(17, '{"id": "broken", "event": "event-1"')
    lines.insert(230, json.dumps({'id': 'no-text', 'event': 'event-2', 'outlet': 'Outlet A'}))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / 'articles.jsonl').write_text('\n'.join(lines) + '\n', encoding='utf8')
        job = subprocess.run([sys.executable, str(ROOT / 'scripts' / 'spark' / 'profile.py'), '--master', 'local[2]',
                              '--input', str(tmp / 'articles.jsonl'), '--output', str(tmp / 'out'), '--slant', a.slant,
                              '--partitions', '4'], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if job.returncode != 0:
            sys.exit(f'spark test: the job failed:\n{job.stderr[-3000:]}')
        good = len(lines) - 2
        if not job.stdout.startswith(f'{good} records, 2 bad lines skipped'):
            sys.exit(f'spark test: expected {good} records and 2 bad lines skipped; the job said: {job.stdout}')
        single = subprocess.run([a.slant, 'profile', '--records', str(tmp / 'out' / 'records.jsonl'), '--format', 'csv'],
                                stdout=subprocess.PIPE, check=True).stdout
        spark_csv = (tmp / 'out' / 'profile.csv').read_bytes()
        if single != spark_csv:
            sys.exit('spark test: profile.csv differs from slant profile on the same records')
        analyzed = subprocess.run([a.slant, 'analyze'], input=(tmp / 'articles.jsonl').read_bytes(), stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL).stdout
        (tmp / 'one-machine.jsonl').write_bytes(analyzed)
        one = subprocess.run([a.slant, 'profile', '--records', str(tmp / 'one-machine.jsonl'), '--format', 'csv'],
                             stdout=subprocess.PIPE, check=True).stdout
        if one != spark_csv:
            sys.exit('spark test: profile.csv differs from the profile of slant analyze run on one machine')
        bad = [json.loads(l) for l in (tmp / 'out' / 'errors.jsonl').read_text().splitlines()]
        if sorted(str(b.get('id')) for b in bad) != ['None', 'no-text']:
            sys.exit(f'spark test: the bad lines reported are not the two written: {bad}')
        rows = spark_csv.decode().count('\n') - 1
        print(f'spark test: ok ({good} articles, 2 bad lines skipped, profile.csv of {rows} rows identical to one machine)')


def _has_pyspark():
    try:
        import pyspark  # noqa: F401
        return True
    except ImportError:
        return False


if __name__ == '__main__':
    main()
