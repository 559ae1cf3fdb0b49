#!/usr/bin/env python3
"""Loaded-language lexicons against BASIL's lexical-bias spans (../shared/data/basil-dev; not part of a clone).

Each BASIL article (title, blank line, text) is scored with `slant score --as-is --headline-first-line --explain
--format json --lexicon news-generic`. Token level (tokens are \\w+ runs): a gold token lies inside an annotated
`lexical_bias` span; a predicted token lies inside a match of the chosen categories. Reports precision, recall and F1
per category and for the union of the loaded-wording categories (loaded, evaluative, conflict, stance, distancing), over all
voices and split by in-quote annotations; then the loaded-wording union on two parts of the events: a held-out third
(md5 of the event id modulo 3 is 0; no lexicon entry was chosen by looking at it) and the other two thirds. Reporting verbs by stance (attribution.loaded) are a separate construct that
BASIL's lexical-bias annotation does not cover; they are listed on their own.

Usage: scripts/evaluate_loaded.py [--slant .build/release/slant] [--lexicon news-generic]
"""
import argparse, hashlib, json, re, subprocess, tempfile
from collections import defaultdict
from pathlib import Path

import basil

HERE = Path(__file__).resolve().parent
LOADED = ['loaded', 'evaluative', 'conflict', 'stance', 'distancing']
TOKEN = re.compile(r'\w+')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--slant', default=str(HERE.parent / '.build' / 'release' / 'slant'))
    ap.add_argument('--lexicon', default='news-generic')
    a = ap.parse_args()
    arts, annotations = basil.load('lexical_bias')
    gold = {k: [(s, e, bool(r['in_quote'])) for s, e, r in v] for k, v in annotations.items()}
    gold = defaultdict(list, gold)

    matches = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths = {path: k for k, path in basil.write_files(arts, tmp).items()}
        items = list(paths)
        for i in range(0, len(items), 200):
            batch = items[i:i + 200]
            out = subprocess.run([a.slant, 'score', '--as-is', '--headline-first-line', '--explain', '--format', 'json',
                                  '--lexicon', a.lexicon, *batch], stdout=subprocess.PIPE, check=True).stdout
            for art in json.loads(out)['articles']:
                matches[paths[art['file']]] = art['matches']

    categories = sorted({m['category'] for ms in matches.values() for m in ms})
    groups = {c: [c] for c in categories}
    groups['loaded wording (' + ' + '.join(LOADED) + ')'] = LOADED
    groups['loaded wording + intensifier'] = LOADED + ['intensifier']
    def score(cats, keys):
        tp = fp = fn = tpq = fnq = tpo = fno = 0
        for k in keys:
            text = basil.file_text(arts[k])
            spans = [(m['start'], m['end']) for m in matches.get(k, []) if m['category'] in cats]
            for t in TOKEN.finditer(text):
                s, e = t.start(), t.end()
                g = [inq for (gs, ge, inq) in gold[k] if gs < e and s < ge]
                p = any(ps < e and s < pe for ps, pe in spans)
                if g and p:
                    tp += 1
                elif p:
                    fp += 1
                elif g:
                    fn += 1
                if g:
                    if g[0]:
                        tpq += p; fnq += not p
                    else:
                        tpo += p; fno += not p
        P = tp / (tp + fp) if tp + fp else 0
        R = tp / (tp + fn) if tp + fn else 0
        F = 2 * P * R / (P + R) if P + R else 0
        rq = tpq / (tpq + fnq) if tpq + fnq else 0
        ro = tpo / (tpo + fno) if tpo + fno else 0
        return P, R, F, rq, ro

    print(f'BASIL: {len(arts)} articles, {sum(len(g) for g in gold.values())} lexical-bias spans')
    print(f'{"categories":<62} {"P":>6} {"R":>6} {"F1":>6}   {"R in quotes":>11} {"R outside":>9}')
    for name, cats in groups.items():
        P, R, F, rq, ro = score(cats, sorted(arts))
        print(f'{name:<62} {P:6.3f} {R:6.3f} {F:6.3f}   {rq:11.3f} {ro:9.3f}')

    def held_out(event):
        return int(hashlib.md5(str(event).encode()).hexdigest(), 16) % 3 == 0
    print()
    print('loaded wording (' + ' + '.join(LOADED) + ') by part of the events')
    for part, keep in [('two thirds (tuned beside)', False), ('held-out third', True)]:
        keys = sorted(k for k, x in arts.items() if held_out(x['event']) == keep)
        events = len({arts[k]['event'] for k in keys})
        P, R, F, _, _ = score(LOADED, keys)
        print(f'  {part:<28} {events:3d} events {len(keys):4d} articles   P {P:.3f}  R {R:.3f}  F1 {F:.3f}')

if __name__ == '__main__':
    main()
