#!/usr/bin/env python3
"""Builds a many-outlet event for slant import: N articles by N distinct outlets on one story, with outlet groups.

Real coverage of a big story is many outlets retelling a few wire and staff versions, each cutting it differently.
This script does the same with real articles: each outlet takes one of the base articles (in turn) and keeps each of
its paragraphs with probability 0.75 (seeded, so the same N gives the same event) and signs it with a line of its
own; the headline is always kept. One
outlet in four has no publication date. Groups follow the base article's outlet (for BASIL: HuffPost left, New York
Times center, Fox News right, as AllSides rates them); one outlet in ten has no group.

  --source seeds   the five seed articles in this repository (works on a bare clone; used by the browser test)
  --source basil   the three articles of one BASIL event from ../shared/data (not in a clone)

Writes OUT/articles.jsonl (fields event, outlet, date, title, text) and OUT/groups.yaml (GROUP: [OUTLET, ...]).
Usage: scripts/many_outlets.py OUT [--articles 300] [--source seeds|basil] [--event SLUG] [--data DIR]
"""
import argparse
import gzip
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASIL_EVENT = '58f414e5-a122-49f5-819e-512d91069da5'      # the 2017 congressional baseball shooting, three long articles
BASIL_GROUPS = {'hpo': 'left', 'nyt': 'center', 'fox': 'right'}


def seed_bases():
    bases = []
    folder = ROOT / 'seeds' / 'iraq-2021-combat-mission' / 'articles'
    for k, path in enumerate(sorted(folder.glob('*/text.txt'))):
        title, _, body = path.read_text(encoding='utf8').partition('\n\n')
        meta = json.loads((path.parent / 'article.json').read_text(encoding='utf8'))
        bases.append({'title': title.strip(), 'paragraphs': [p.strip() for p in body.split('\n\n') if p.strip()],
                      'date': ((meta.get('metadata') or {}).get('date') or '')[:10] or None, 'group': ['left', 'center', 'right'][k % 3]})
    return bases


def basil_bases(data):
    with gzip.open(Path(data) / 'basil-dev' / 'articles.jsonl.gz', 'rt', encoding='utf8') as f:
        rows = [json.loads(line) for line in f]
    bases = []
    for r in sorted((r for r in rows if r['event'] == BASIL_EVENT), key=lambda r: r['outlet_code']):
        paragraphs = [r['text'][a:b].strip() for a, b in r['paragraphs'] if r['text'][a:b].strip()]
        bases.append({'title': r['title'], 'paragraphs': paragraphs, 'date': r['date'][:10],
                      'group': BASIL_GROUPS[r['outlet_code']]})
    return bases


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('out')
    ap.add_argument('--articles', type=int, default=300)
    ap.add_argument('--source', choices=['seeds', 'basil'], default='seeds')
    ap.add_argument('--event', default='many-outlets')
    ap.add_argument('--data', default=str(ROOT.parent / 'shared' / 'data'))
    a = ap.parse_args()
    bases = seed_bases() if a.source == 'seeds' else basil_bases(a.data)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    groups = {}
    with open(out / 'articles.jsonl', 'w', encoding='utf8') as f:
        for k in range(a.articles):
            base = bases[k % len(bases)]
            rng = random.Random(k)
            kept = [p for p in base['paragraphs'] if rng.random() < 0.75] or base['paragraphs'][:1]
            outlet = f'Outlet {k + 1:04d}'
            # Each outlet signs its copy, as outlets do, so no two texts are the same article.
            kept.append(f'Reporting by the {outlet} news desk.')
            row = {'event': a.event, 'outlet': outlet, 'title': base['title'], 'text': base['title'] + '\n\n' + '\n\n'.join(kept)}
            if k % 4 != 3 and base['date']:
                row['date'] = base['date']
            if k % 10 != 9:
                groups.setdefault(base['group'], []).append(outlet)
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + '\n')
    with open(out / 'groups.yaml', 'w', encoding='utf8') as f:
        f.write('# Outlet groups of the many-outlet test event (scripts/many_outlets.py)\n')
        for group in sorted(groups):
            f.write(f'{group}:\n' + ''.join(f'  - {o}\n' for o in groups[group]))
    print(f'{a.articles} articles by {a.articles} outlets from {len(bases)} base articles ({a.source}) in {out}')


if __name__ == '__main__':
    main()
