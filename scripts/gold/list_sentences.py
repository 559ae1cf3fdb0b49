#!/usr/bin/env python3
"""Lists the sentences of a BASIL event's three articles, numbered as slant splits them, for judging by hand which
sentences another outlet also reports (the diff gold, scripts/gold/diff/).

Sentences come from `slant diff --as-is --headline-first-line --format json` (every sentence of an article is in a pair
or in only_in), in the text slant reads (title, blank line, text; scripts/basil.py). Writes OUT/EVENT.json
({event, articles: [{id, outlet, sentences: [{n, start, end, text}]}]}) and OUT/EVENT.txt (the same, to read).

Usage: scripts/gold/list_sentences.py EVENT… --out DIR [--slant .build/release/slant]
"""
import argparse, json, subprocess, sys, tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import basil


def sentences(slant, path_a, path_b):
    """Every sentence span of A, in order, from a diff of A against B."""
    out = subprocess.run([slant, 'diff', path_a, path_b, '--as-is', '--headline-first-line', '--format', 'json'],
                         stdout=subprocess.PIPE, check=True, text=True).stdout
    d = json.loads(out)
    spans = []
    for p in d['pairs']:
        spans += [(s['start'], s['end']) for s in (p['a_sentences'] or [p['a']])]
    spans += [(s['start'], s['end']) for s in d['only_in_a']]
    return sorted(set(spans))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('events', nargs='+')
    ap.add_argument('--out', required=True)
    ap.add_argument('--slant', default=str(HERE.parent.parent / '.build' / 'release' / 'slant'))
    a = ap.parse_args()
    arts, _ = basil.load('lexical_bias')
    by_event = defaultdict(list)
    for k, art in sorted(arts.items()):
        by_event[art['event']].append(k)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for event in a.events:
            members = by_event[event]
            paths = basil.write_files({k: arts[k] for k in members}, tmp)
            listing = {'event': event, 'articles': []}
            text = []
            for k in members:
                other = next(m for m in members if m != k)
                body = basil.file_text(arts[k])
                spans = sentences(a.slant, paths[k], paths[other])
                items = [{'n': n, 'start': s, 'end': e, 'text': body[s:e]} for n, (s, e) in enumerate(spans)]
                listing['articles'].append({'id': k, 'outlet': arts[k]['outlet'], 'sentences': items})
                text.append(f'=== {arts[k]["outlet"]} ({k}) ===')
                text += [f'[{i["n"]}] {i["text"]}' for i in items]
                text.append('')
            (out / f'{event}.json').write_text(json.dumps(listing, ensure_ascii=False, indent=1), encoding='utf8')
            (out / f'{event}.txt').write_text('\n'.join(text), encoding='utf8')
            print(event, [len(x['sentences']) for x in listing['articles']])


if __name__ == '__main__':
    main()
