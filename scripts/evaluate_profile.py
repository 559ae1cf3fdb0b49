#!/usr/bin/env python3
"""Outlet profiles against the experts: `slant analyze` + `slant profile` on BASIL and AllSides (../shared/data; not
part of a clone).

BASIL (basil-dev: 100 events, each covered by Fox News, The New York Times and HuffPost, every article's lexical bias
spans marked by experts):
  - the experts' lexical-bias density per outlet (annotated spans per 1,000 words) against slant's own-voice
    loaded-wording rate (loaded + evaluative + intensifier + distancing of news-generic, per 1,000 words of the
    outlet's own voice), both ranked across the three outlets;
  - HuffPost − The New York Times on that rate, paired by event, with slant's 95 % bootstrap interval;
  - within-event agreement: of the pairs of articles in one event whose expert densities differ, the share that
    slant's per-article rate orders the same way (chance: 0.5).
AllSides (allsides-dev: 404 events, headline and lead of left, center and right outlets): a profile by group (the
outlet's AllSides lean) and the measures whose left − right interval excludes zero.

Usage: scripts/evaluate_profile.py [--slant .build/release/slant]
"""
import argparse, collections, gzip, hashlib, json, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import basil

COMBINED = 'loaded-wording=news-generic/loaded+news-generic/evaluative+news-generic/intensifier+news-generic/distancing'
PARTS = COMBINED.split('=')[1].split('+')
OWN = ('headline', 'lead', 'narration', 'scare_quote')


def run(cmd, stdin=None):
    r = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.exit(f'{" ".join(cmd)}: {r.stderr.decode()}')
    return r.stdout


def own(counts, measure):
    return sum(counts.get(measure, {}).get(v, 0) for v in OWN)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--slant', default=str(HERE.parent / '.build' / 'release' / 'slant'))
    a = ap.parse_args()

    articles, spans = basil.load('lexical_bias')
    lines = [json.dumps({'id': k, 'event': x['event'], 'outlet': x['outlet'], 'date': x.get('date'), 'title': x['title'],
                         'text': x['text']}, ensure_ascii=False) for k, x in sorted(articles.items())]
    records_text = run([a.slant, 'analyze'], '\n'.join(lines).encode())
    records = [json.loads(l) for l in records_text.decode().splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / 'basil.jsonl'
        path.write_bytes(records_text)
        profile = json.loads(run([a.slant, 'profile', '--records', str(path), '--combine', COMBINED, '--format', 'json']))
        compare = json.loads(run([a.slant, 'profile', '--records', str(path), '--combine', COMBINED, '--format', 'json',
                                  '--compare', 'HuffPost', 'New York Times']))

    # Experts: annotated lexical-bias spans per 1,000 words, per outlet and per article.
    words = {r['id']: sum(r['words'].values()) for r in records}
    by_outlet = collections.defaultdict(lambda: [0, 0])
    for k, x in articles.items():
        by_outlet[x['outlet']][0] += len(spans.get(k, []))
        by_outlet[x['outlet']][1] += words[k]
    expert = {o: n * 1000 / w for o, (n, w) in by_outlet.items()}
    rows = {r['outlet']: r for r in profile['rows'] if r['measure'] == 'loaded-wording' and r['voice'] == 'own'}
    print(f'BASIL: {len(records)} articles, {len({r["event"] for r in records})} events')
    print('  outlet              experts (spans/1k words)   slant own-voice loaded wording (per 1k own words, 95 % CI)')
    for o in sorted(expert, key=lambda o: -expert[o]):
        r = rows[o]
        print(f'  {o:18s}  {expert[o]:6.2f}                     {r["value"]:.2f} [{r["ci_low"]:.2f}, {r["ci_high"]:.2f}]')
    same = sorted(expert, key=lambda o: -expert[o]) == sorted(rows, key=lambda o: -rows[o]['value'])
    print(f'  same ranking: {"yes" if same else "no"}')
    d = next(x for x in compare['compare']['differences'] if x['measure'] == 'loaded-wording' and x['voice'] == 'own')
    print(f'  HuffPost − New York Times, paired by event: {d["difference"]:.2f} [{d["ci_low"]:.2f}, {d["ci_high"]:.2f}] '
          f'over {d["events"]} events')

    # Within events: pairs of articles ordered the same way by the experts and by slant; on all events, and on the
    # held-out third (md5 of the event id modulo 3 is 0, as in evaluate_loaded.py) and the other two thirds.
    density = {k: len(spans.get(k, [])) * 1000 / max(words[k], 1) for k in articles}
    events = collections.defaultdict(list)
    for k, x in articles.items():
        events[x['event']].append(k)

    def held_out(event):
        return int(hashlib.md5(str(event).encode()).hexdigest(), 16) % 3 == 0

    def agreement(parts, keep):
        rate = {}
        for r in records:
            w = sum(r['words'].get(v, 0) for v in OWN)
            rate[r['id']] = sum(own(r['counts'], m) for m in parts) * 1000 / max(w, 1)
        agree = total = 0
        for event, ks in events.items():
            if not keep(event):
                continue
            for i in range(len(ks)):
                for j in range(i + 1, len(ks)):
                    de = density[ks[i]] - density[ks[j]]
                    ds = rate[ks[i]] - rate[ks[j]]
                    if de == 0 or ds == 0:
                        continue
                    total += 1
                    agree += (de > 0) == (ds > 0)
        return f'{agree / max(total, 1):.3f} ({agree}/{total})'

    loaded_only = [f'news-generic/{c}' for c in ('loaded', 'evaluative', 'conflict', 'stance', 'distancing')]
    print('  within-event agreement (pairs whose densities and rates differ): all events / two thirds / held-out third')
    for name, parts in [('loaded wording (--combine above)', PARTS), ('loaded, evaluative, conflict, stance, distancing', loaded_only)]:
        print(f'    {name:50s} {agreement(parts, lambda e: True)}  {agreement(parts, lambda e: not held_out(e))}  '
              f'{agreement(parts, held_out)}')

    # AllSides by group.
    data = HERE.parent.parent / 'shared' / 'data' / 'allsides-dev' / 'articles.jsonl.gz'
    lines = []
    for line in gzip.open(data, 'rt', encoding='utf8'):
        x = json.loads(line)
        lines.append(json.dumps({'id': x['article_id'], 'event': x['event'], 'outlet': x['outlet'], 'group': x['lean'],
                                 'title': x['title'], 'text': x['text']}, ensure_ascii=False))
    records_text = run([a.slant, 'analyze'], '\n'.join(lines).encode())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / 'allsides.jsonl'
        path.write_bytes(records_text)
        lr = json.loads(run([a.slant, 'profile', '--records', str(path), '--by', 'group', '--combine', COMBINED,
                             '--format', 'json', '--compare', 'left', 'right']))
    clear = [x for x in lr['compare']['differences'] if x['clear'] and x['voice'] in ('own', 'all', 'quoted')]
    print(f'AllSides: {len(lines)} articles by group; left − right, intervals excluding zero '
          f'({len(clear)} of {len(lr["compare"]["differences"])} measure × voice rows):')
    for x in sorted(clear, key=lambda x: x['measure']):
        print(f'  {x["measure"]:48s} {x["voice"]:7s} left {x["a"]:7.2f}  right {x["b"]:7.2f}  '
              f'difference {x["difference"]:6.2f} [{x["ci_low"]:.2f}, {x["ci_high"]:.2f}]  {x["events"]} events')


if __name__ == '__main__':
    main()
