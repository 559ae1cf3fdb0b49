#!/usr/bin/env python3
"""Turns hand judgments of sentences (sentence numbers of a listing made by list_sentences.py) into the diff gold:
scripts/gold/diff/EVENT.jsonl, one line per sentence and other article, with offsets into the text slant reads.

Usage: scripts/gold/make_diff_gold.py LISTINGS_DIR JUDGED_DIR EVENT… --split dev|heldout
"""
import argparse, json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('listings')
    ap.add_argument('judged')
    ap.add_argument('events', nargs='+')
    ap.add_argument('--split', required=True, choices=['dev', 'heldout', 'unseen'])
    a = ap.parse_args()
    for event in a.events:
        listing = json.loads((Path(a.listings) / f'{event}.json').read_text(encoding='utf8'))
        sentences = {art['id']: art['sentences'] for art in listing['articles']}
        outlets = {art['id']: art['outlet'] for art in listing['articles']}
        rows = []
        for line in (Path(a.judged) / f'{event}.jsonl').read_text(encoding='utf8').splitlines():
            if not line.strip():
                continue
            j = json.loads(line)
            s = sentences[j['article']][j['n']]
            other = sentences[j['other']]
            rows.append({'event': event, 'split': a.split, 'article_id': j['article'], 'outlet': outlets[j['article']],
                         'other_id': j['other'], 'start': s['start'], 'end': s['end'], 'excerpt': s['text'][:40],
                         'verdict': j['verdict'], 'kind': j.get('kind', '') if j['verdict'] == 'partly' else '',
                         'where': [[other[w]['start'], other[w]['end']] for w in j.get('where', [])]})
        rows.sort(key=lambda r: (r['article_id'], r['other_id'], r['start']))
        out = HERE / 'diff' / f'{event}.jsonl'
        out.write_text(''.join(json.dumps(r, ensure_ascii=False, sort_keys=True) + '\n' for r in rows), encoding='utf8')
        print(f'{event}: {len(rows)} judgments ({a.split})')


if __name__ == '__main__':
    main()
