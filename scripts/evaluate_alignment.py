#!/usr/bin/env python3
"""Does `slant diff` find what both outlets report? Scored against the hand-made diff gold of BASIL events
(scripts/gold/diff/: every sentence of each article judged same / partly / none against each other outlet's article).

Needs ../shared/data/basil-dev beside the clone (the article texts; the gold keeps offsets). Each pair of an event's
articles is diffed once (`slant diff --as-is --headline-first-line --format json`) and both sides are scored: each
gold sentence takes slant's verdict for the sentence of its side that overlaps it most (`sentences_a` / `sentences_b`;
a diff without verdicts counts a paired sentence as same and an only-in sentence as none). Reported per split (`dev`,
tuned on; `heldout`, never tuned on):

  pairs found      of the sentences the other outlet also reports (gold same), the share slant pairs (same or partly)
  pairs right      of the sentences slant pairs, the share the gold says the other reports (same or partly)
  only-in right    of the sentences slant calls only in their article, the share the gold calls none
  confusion        gold verdict × slant verdict counts

Usage: scripts/evaluate_alignment.py [--slant .build/release/slant] [--split dev|heldout|all] [--show N]
"""
import argparse, collections, json, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import basil

GOLD = HERE / 'gold' / 'diff'


def verdicts(diff, side):
    """(start, end, verdict) of every sentence of one side of a diff."""
    if f'sentences_{side}' in diff:
        return [(s['start'], s['end'], s['verdict']) for s in diff[f'sentences_{side}']]
    out = []
    for p in diff['pairs']:
        for s in (p[f'{side}_sentences'] or [p[side]]):
            out.append((s['start'], s['end'], 'same'))
    out += [(s['start'], s['end'], 'none') for s in diff[f'only_in_{side}']]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--slant', default=str(HERE.parent / '.build' / 'release' / 'slant'))
    ap.add_argument('--split', default='all')
    ap.add_argument('--show', type=int, default=0, help='print N disagreements per kind')
    a = ap.parse_args()
    gold = [json.loads(l) for f in sorted(GOLD.glob('*.jsonl')) for l in f.read_text(encoding='utf8').splitlines() if l.strip()]
    if a.split != 'all':
        gold = [g for g in gold if g['split'] == a.split]
    arts, _ = basil.load('lexical_bias')
    pairs = sorted({tuple(sorted((g['article_id'], g['other_id']))) for g in gold})
    slant_verdict = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths = basil.write_files({k: arts[k] for p in pairs for k in p}, tmp)
        for x, y in pairs:
            out = subprocess.run([a.slant, 'diff', paths[x], paths[y], '--as-is', '--headline-first-line', '--format', 'json'],
                                 stdout=subprocess.PIPE, check=True, text=True).stdout
            d = json.loads(out)
            slant_verdict[(x, y)] = verdicts(d, 'a')
            slant_verdict[(y, x)] = verdicts(d, 'b')
    by_split = collections.defaultdict(list)
    for g in gold:
        spans = slant_verdict[(g['article_id'], g['other_id'])]
        best = max(spans, key=lambda s: min(s[1], g['end']) - max(s[0], g['start']))
        by_split[g['split']].append((g, best[2]))
    texts = {k: basil.file_text(arts[k]) for p in pairs for k in p}
    for split in sorted(by_split, key=lambda s: (s != 'dev', s)):
        items = by_split[split]
        conf = collections.Counter((g['verdict'], v) for g, v in items)
        same_gold = [v for g, v in items if g['verdict'] == 'same']
        paired = [g['verdict'] for g, v in items if v in ('same', 'partly')]
        only = [g['verdict'] for g, v in items if v == 'none']
        events = len({g['event'] for g, _ in items})
        def share(xs, ok):
            n = sum(1 for x in xs if x in ok)
            return f'{n / len(xs):.3f} ({n}/{len(xs)})' if xs else 'n/a'
        print(f'{split}: {len(items)} sentence judgments, {events} events')
        print(f'  pairs found    {share(same_gold, ("same", "partly"))}   (target ≥ 0.70)')
        print(f'  pairs right    {share(paired, ("same", "partly"))}   (target ≥ 0.90)')
        print(f'  only-in right  {share(only, ("none",))}   (target ≥ 0.95)')
        print('  confusion (gold → slant): ' + ', '.join(f'{gv}→{sv} {conf[(gv, sv)]}' for gv in ('same', 'partly', 'none')
                                                           for sv in ('same', 'partly', 'none') if conf[(gv, sv)]))
        if a.show:
            for gv, sv in (('same', 'none'), ('partly', 'none'), ('none', 'same'), ('none', 'partly')):
                shown = [(g, v) for g, v in items if g['verdict'] == gv and v == sv][:a.show]
                for g, v in shown:
                    where = ' | '.join(texts[g['other_id']][s:e] for s, e in g['where'])
                    print(f'  [{gv}→{sv}] {texts[g["article_id"]][g["start"]:g["end"]][:160]!r}\n      other: {where[:200]!r}')


if __name__ == '__main__':
    main()
