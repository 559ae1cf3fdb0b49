#!/usr/bin/env python3
"""Builds benchmark inputs from ../shared/data (not in a clone) as JSON lines of {"id", "outlet", "title", "text"}.

  pair.jsonl          two ~5,000-word articles: New York Times and Fox News articles on the same BASIL events, in the
                      same event order, each side's articles joined (so the two share facts and quotes, as real
                      coverage of one story does)
  allsides-100.jsonl  100 articles from AllSides roundups (left, center and right outlets; headline and lead only)
  basil-100.jsonl     100 full BASIL articles (Fox News, New York Times, HuffPost on the same events)

Usage: Benchmarks/prepare_inputs.py OUT_DIR [--data ../shared/data]
"""
import argparse
import gzip
import json
import os


def rows(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def write(path, articles):
    with open(path, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False, sort_keys=True) + "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"))
    parser.add_argument("--words", type=int, default=5000)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    basil = rows(os.path.join(args.data, "basil-dev", "articles.jsonl.gz"))
    by_event = {}
    for r in basil:
        by_event.setdefault(r["event"], {})[r["outlet_code"]] = r
    events = sorted(e for e, outlets in by_event.items() if {"nyt", "fox"} <= outlets.keys())
    sides = {"nyt": [], "fox": []}
    counts = {"nyt": 0, "fox": 0}
    for e in events:
        if min(counts.values()) >= args.words:
            break
        for code in sides:
            r = by_event[e][code]
            sides[code].append(r["text"])
            counts[code] += len(r["text"].split())

    def cut(texts):
        out, n = [], 0
        for t in texts:
            for p in t.split("\n"):
                if n >= args.words:
                    return "\n\n".join(out)
                if p.strip():
                    out.append(p.strip())
                    n += len(p.split())
        return "\n\n".join(out)

    write(os.path.join(args.out, "pair.jsonl"), [
        {"id": "nyt", "outlet": "New York Times", "title": "New York Times digest", "text": cut(sides["nyt"])},
        {"id": "fox", "outlet": "Fox News", "title": "Fox News digest", "text": cut(sides["fox"])},
    ])

    allsides = rows(os.path.join(args.data, "allsides-dev", "articles.jsonl.gz"))
    allsides.sort(key=lambda r: (r["event"], r["article_id"]))
    write(os.path.join(args.out, "allsides-100.jsonl"), [
        {"id": r["article_id"], "outlet": r["outlet"], "title": r["title"] or "", "text": r["text"]} for r in allsides[:100]
    ])

    basil.sort(key=lambda r: (r["event"], r["outlet_code"]))
    write(os.path.join(args.out, "basil-100.jsonl"), [
        {"id": r["article_id"], "outlet": r["outlet"], "title": r["title"] or "", "text": "\n\n".join(
            r["text"][a:b].strip() for a, b in r["paragraphs"] if r["text"][a:b].strip())} for r in basil[:100]
    ])


if __name__ == "__main__":
    main()
