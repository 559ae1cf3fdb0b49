#!/usr/bin/env python3
"""Direct-quote extraction and attribution on PolNeAR (../shared/data/polnear-dev; not part of a clone).

Runs `slant quotes --as-is --headline-first-line --format json` on every article text (written to files, so offsets
index them exactly) and scores the quotes slant calls `direct` against the primary annotator's `direct` attributions:

  content  each gold content fragment (quote marks included, as PolNeAR marks them) is an item; a predicted item is a
           direct quote's span from its opening to its closing mark (per paragraph for multi-paragraph quotes).
           exact   P/R/F1 over identical spans;
           overlap P = share of predicted spans that overlap some gold span, R = share of gold spans that some
                   predicted span overlaps (the lenient overlap measure of quote-extraction work such as citron's;
                   PolNeAR often splits one quotation into several content fragments).
  speaker  for each gold fragment whose record names a source and that a prediction overlaps: whether the
           prediction overlapping it most has a source span overlapping a gold source span.

The New York Times articles in PolNeAR write quotation marks as two apostrophes ('') and their annotator labelled
almost every quotation 'indirect' (52 direct of 4,608 records, against 15-20% direct for the other outlets), so
correctly read direct quotes there count as false positives; --exclude-outlet "New York Times" measures the rest.

Usage: scripts/evaluate_quotes.py [--split all|train|dev] [--exclude-outlet NAME] [--slant .build/release/slant] [--show N]
"""
import argparse, gzip, json, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / 'shared' / 'data' / 'polnear-dev'


def load(split, exclude=()):
    arts = {}
    for line in gzip.open(DATA / 'articles.jsonl.gz', 'rt', encoding='utf8'):
        a = json.loads(line)
        if (split == 'all' or a.get('split') == split) and a.get('outlet') not in exclude:
            arts[a['article_id']] = a
    gold = {k: [] for k in arts}
    for line in gzip.open(DATA / 'annotations.jsonl.gz', 'rt', encoding='utf8'):
        r = json.loads(line)
        if r['article_id'] in arts and r.get('primary') and r.get('quote_type') == 'direct':
            gold[r['article_id']].append(r)
    return arts, gold


def run_slant(slant, arts, tmp):
    paths = {}
    for k, a in arts.items():
        p = Path(tmp) / (k.replace('/', '_') + '.txt')
        p.write_text(a['text'], encoding='utf8')
        paths[str(p)] = k
    out = {}
    items = list(paths)
    for i in range(0, len(items), 200):
        batch = items[i:i + 200]
        r = subprocess.run([slant, 'quotes', '--as-is', '--headline-first-line', '--format', 'json', *batch],
                           stdout=subprocess.PIPE, check=True)
        for art in json.loads(r.stdout)['articles']:
            out[paths[art['file']]] = art['quotes']
    return out


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--split', default='all', choices=['all', 'train', 'dev'])
    ap.add_argument('--slant', default=str(HERE.parent / '.build' / 'release' / 'slant'))
    ap.add_argument('--show', type=int, default=0, help='print N misses of each kind')
    ap.add_argument('--exclude-outlet', action='append', default=[], help='leave out an outlet\'s articles')
    a = ap.parse_args()
    if not DATA.exists():
        sys.exit(f'needs {DATA}')
    arts, gold = load(a.split, a.exclude_outlet)
    with tempfile.TemporaryDirectory() as tmp:
        pred = run_slant(a.slant, arts, tmp)
    tp_exact = n_pred = n_gold = tp_overlap_p = tp_overlap_g = 0
    spk_ok = spk_n = 0
    misses, extras, wrong_speaker = [], [], []
    for k, art in arts.items():
        text = art['text']
        g_items = {}
        for r in gold[k]:
            for s, e in r['content']:
                g_items.setdefault((s, e), r)
        g = list(g_items.items())
        p = []
        for q in pred.get(k, []):
            if q['kind'] != 'direct':
                continue
            frags = q['fragments'] or [{'start': q['start'], 'end': q['end']}]
            for f in frags:
                s, e = f['start'] - 1, f['end'] + (1 if q['closed'] or f is not frags[-1] else 0)
                p.append(((s, e), q))
        n_pred += len(p)
        n_gold += len(g)
        gspans = {span for span, _ in g}
        tp_exact += sum(1 for span, _ in p if span in gspans)
        used_p, used_g = set(), set()
        for j, (gs, rec) in enumerate(g):
            best = max(((overlap(ps, gs), i) for i, (ps, _) in enumerate(p)), default=(0, -1))
            if best[0] <= 0:
                continue
            used_g.add(j)
            if rec['source'] and not rec.get('no_source'):
                spk_n += 1
                src = p[best[1]][1]['source']
                ok = src is not None and any(overlap((src['start'], src['end']), (s, e)) > 0 for s, e in rec['source'])
                spk_ok += ok
                if not ok:
                    wrong_speaker.append((k, text[gs[0]:gs[1]][:80], src and src['text'],
                                          [text[s:e] for s, e in rec['source']]))
        for i, (ps, _) in enumerate(p):
            if any(overlap(ps, gs) > 0 for gs, _ in g):
                used_p.add(i)
        tp_overlap_p += len(used_p)
        tp_overlap_g += len(used_g)
        for j, (gs, _) in enumerate(g):
            if j not in used_g:
                misses.append((k, text[max(0, gs[0] - 60):gs[1] + 40].replace('\n', ' ')))
        for i, (ps, q) in enumerate(p):
            if i not in used_p:
                extras.append((k, text[max(0, ps[0] - 60):ps[1] + 40].replace('\n', ' ')))

    def prf(tp_p, tp_g):
        P = tp_p / n_pred if n_pred else 0
        R = tp_g / n_gold if n_gold else 0
        return P, R, (2 * P * R / (P + R) if P + R else 0)
    pe, re_, fe = prf(tp_exact, tp_exact)
    po, ro, fo = prf(tp_overlap_p, tp_overlap_g)
    excluded = f' without {", ".join(a.exclude_outlet)}' if a.exclude_outlet else ''
    print(f'PolNeAR ({a.split}{excluded}): {len(arts)} articles, {n_gold} gold direct-quote fragments, {n_pred} predicted')
    print(f'content exact    P {pe:.3f}  R {re_:.3f}  F1 {fe:.3f}')
    print(f'content overlap  P {po:.3f}  R {ro:.3f}  F1 {fo:.3f}')
    print(f'speaker accuracy {spk_ok / spk_n if spk_n else 0:.3f}  ({spk_ok}/{spk_n} matched quotes with a gold source)')
    for title, rows in [('MISSED', misses), ('EXTRA', extras), ('WRONG SPEAKER', wrong_speaker)]:
        if a.show:
            print(f'--- {title} ({len(rows)})')
            for row in rows[:a.show]:
                print('   ', row)


if __name__ == '__main__':
    main()
