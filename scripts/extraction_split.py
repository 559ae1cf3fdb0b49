#!/usr/bin/env python3
"""Extraction F1 split into the part we tune on and the part we never look at.

Reads per-document TSVs written by ../shared/bench/evaluate_extraction.py --per-doc and prints the
scrapinghub F1 (harmonic mean of macro precision and macro recall) for each split of the dataset.
Held out: page ids whose number is divisible by 5 (153 of the 709 WCXB pages).
Pages are only ever inspected from the tuning split (`--worst` lists only those).

    python3 scripts/extraction_split.py /tmp/slant.tsv [/tmp/trafilatura.tsv ...] [--worst N]
"""
import argparse
import csv
import statistics


def held_out(doc_id):
    return doc_id.isdigit() and int(doc_id) % 5 == 0


def load(path):
    with open(path, newline='') as f:
        return {r['id']: r for r in csv.DictReader(f, delimiter='\t')}


def score(rows):
    ps = [float(r['precision']) for r in rows if int(r['pred_chars']) > 0]
    rs = [float(r['recall']) for r in rows]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    empty = sum(1 for r in rows if int(r['pred_chars']) == 0 and int(r['true_chars']) > 0)
    return f1, p, r, empty, len(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('tsv', nargs='+')
    ap.add_argument('--worst', type=int, default=0, help='list the N tuning pages where the first TSV trails the second most')
    args = ap.parse_args()
    tables = [load(p) for p in args.tsv]
    print(f'{"run":40} {"split":8} {"F1":>6} {"P":>6} {"R":>6} {"empty":>5} {"n":>4}')
    for path, t in zip(args.tsv, tables):
        for name, pick in (('tune', lambda k: not held_out(k)), ('heldout', held_out), ('all', lambda k: True)):
            f1, p, r, empty, n = score([v for k, v in t.items() if pick(k)])
            print(f'{path[-40:]:40} {name:8} {f1:6.3f} {p:6.3f} {r:6.3f} {empty:5d} {n:4d}')
    if args.worst and len(tables) > 1:
        a, b = tables[0], tables[1]
        def f(r):
            p, q = float(r['precision']), float(r['recall'])
            return 2 * p * q / (p + q) if p + q else 0.0
        gaps = sorted(((f(b[k]) - f(a[k]), k) for k in a if k in b and not held_out(k)), reverse=True)
        for gap, k in gaps[:args.worst]:
            print(f'{k}\tgap {gap:+.3f}\tP {float(a[k]["precision"]):.2f} R {float(a[k]["recall"]):.2f}\t'
                  f'chars {a[k]["pred_chars"]}/{a[k]["true_chars"]}')


if __name__ == '__main__':
    main()
