#!/usr/bin/env python3
"""Candidate quotations of BASIL, AllSides and news-page articles (scripts/newspages.py), for building the hand-checked quote gold (scripts/gold/README.md).

    python3 scripts/gold/list_quotes.py ARTICLE_ID…        # one JSON line per quotation-mark span, to be checked by hand
    python3 scripts/gold/list_quotes.py --events N --seed S  # pick N events with many quotations (event ids)

Offsets are Unicode-scalar offsets into the text slant reads for the article (title, blank line, text: see
scripts/basil.py), of the words inside the marks. A span opened in a paragraph and not closed there ends at the
paragraph's end (news style: a quotation that goes on opens each paragraph again). Apostrophes inside words are not
marks. The list is a starting point: the annotator fixes spans, removes what is not a quotation, and adds what the
list missed.
"""
import argparse, json, random, re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import allsides, basil, newspages

OPEN = {'“': '”', '"': '"', '‘': '’', "''": "''", '``': "''"}


def spans(text):
    out = []
    for para in re.finditer(r'[^\n]+', text):
        p, base = para.group(0), para.start()
        i = 0
        while i < len(p):
            two = p[i:i + 2]
            mark = two if two in ("''", '``') else p[i]
            if mark in OPEN and not (mark == '‘' and i > 0 and p[i - 1].isalpha()):
                if mark in ("'", '’'):
                    i += 1
                    continue
                close = OPEN[mark]
                j = i + len(mark)
                k = j
                while k < len(p):
                    if p.startswith(close, k) and not (close == '’' and k + 1 < len(p) and p[k + 1].isalpha()):
                        break
                    k += 1
                end = k if k < len(p) else len(p)
                if end > j:
                    out.append((base + j, base + end, k >= len(p)))
                i = end + len(close)
                continue
            i += 1
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('ids', nargs='*')
    ap.add_argument('--events', type=int)
    ap.add_argument('--seed', type=int, default=11)
    a = ap.parse_args()
    articles, _ = basil.load('lexical_bias')
    if a.events:
        by_event = {}
        for k, art in articles.items():
            by_event.setdefault(art['event'], []).append(k)
        rich = sorted(e for e, ks in by_event.items()
                      if len(ks) == 3 and all(len(spans(basil.file_text(articles[k]))) >= 4 for k in ks))
        random.Random(a.seed).shuffle(rich)
        for e in rich[:a.events]:
            print(e, ' '.join(sorted(by_event[e])))
        return
    if any(k.startswith('allsides-') for k in a.ids):
        articles.update(allsides.load())
    if any(k.startswith('news-') for k in a.ids):
        articles.update(newspages.load())
    for k in a.ids:
        art = articles[k]
        text = basil.file_text(art)
        for start, end, open_ended in spans(text):
            print(json.dumps({'article_id': k, 'event': art['event'], 'outlet': art['outlet'], 'start': start, 'end': end,
                              'text': text[start:end], 'open_ended': open_ended}, ensure_ascii=False))


if __name__ == '__main__':
    main()
