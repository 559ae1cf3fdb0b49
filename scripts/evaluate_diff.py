#!/usr/bin/env python3
"""Does `slant diff` find the facts one outlet chose to include? BASIL (../shared/data/basil-dev; not in a clone).

BASIL's `informational_bias` spans are facts an outlet selected to sway the reader; the other outlets covering the same
event often leave them out. For every event (Fox News, New York Times, HuffPost), each pair of outlets is diffed with
`slant diff --as-is --headline-first-line --format json` (article = title, blank line, text). A span counts as marked
"only in" its outlet against another when the sentence holding most of it is in `only_in_a` (or `only_in_b`).

Reports, per comparison (an article against one other outlet's article on the same event):
  - the share of informational-bias spans marked only in their outlet,
  - the share of all sentences marked only in their outlet (the base rate: a diff that marks everything is useless),
  - the same for spans marked only in against both other outlets, and the lift (span share / base rate).

Usage: scripts/evaluate_diff.py [--slant .build/release/slant]
"""
import argparse, json, subprocess, tempfile
from collections import defaultdict
from pathlib import Path

import basil

HERE = Path(__file__).resolve().parent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--slant', default=str(HERE.parent / '.build' / 'release' / 'slant'))
    a = ap.parse_args()
    arts, annotations = basil.load('informational_bias')
    spans = {k: [(s, e) for s, e, _ in v] for k, v in annotations.items()}
    events = defaultdict(list)
    for k, art in sorted(arts.items()):
        events[art['event']].append(k)

    # verdicts[article][other] = (sentences: [(start, end, only)])
    verdicts = defaultdict(dict)
    with tempfile.TemporaryDirectory() as tmp:
        path = basil.write_files(arts, tmp)
        for event, members in sorted(events.items()):
            for i, x in enumerate(members):
                for y in members[i + 1:]:
                    out = subprocess.run([a.slant, 'diff', '--as-is', '--headline-first-line', '--format', 'json',
                                          path[x], path[y]], stdout=subprocess.PIPE, check=True).stdout
                    d = json.loads(out)
                    for side, other, key, only in (('a', y, x, 'only_in_a'), ('b', x, y, 'only_in_b')):
                        sentences = [(s['start'], s['end'], True) for s in d[only]]
                        for p in d['pairs']:
                            parts = p[side + '_sentences'] or [p[side]]
                            sentences += [(s['start'], s['end'], False) for s in parts]
                        verdicts[key][other] = sorted(sentences)

    def marked(sentences, start, end):
        best, verdict = 0, None
        for s, e, only in sentences:
            overlap = min(e, end) - max(s, start)
            if overlap > best:
                best, verdict = overlap, only
        return verdict

    span_total = span_only = span_both = 0
    sentence_total = sentence_only = sentence_both = 0
    per_outlet = defaultdict(lambda: [0, 0, 0, 0])   # outlet -> spans, spans only, sentences, sentences only
    for k, others in verdicts.items():
        outlet = arts[k]['outlet']
        lists = list(others.values())
        # Sentences (the same list of sentence spans on every comparison of this article).
        keys = sorted({(s, e) for sentences in lists for s, e, _ in sentences})
        for s, e in keys:
            flags = [marked(sentences, s, e) for sentences in lists]
            flags = [f for f in flags if f is not None]
            sentence_total += len(flags)
            sentence_only += sum(flags)
            sentence_both += int(len(flags) == len(lists) and all(flags))
            per_outlet[outlet][2] += len(flags)
            per_outlet[outlet][3] += sum(flags)
        for s, e in spans.get(k, []):
            flags = [marked(sentences, s, e) for sentences in lists]
            flags = [f for f in flags if f is not None]
            span_total += len(flags)
            span_only += sum(flags)
            span_both += int(len(flags) == len(lists) and all(flags))
            per_outlet[outlet][0] += len(flags)
            per_outlet[outlet][1] += sum(flags)
    n_spans = sum(len(v) for k, v in spans.items() if k in verdicts)
    n_sentences = sum(len({(s, e) for l in o.values() for s, e, _ in l}) for o in verdicts.values())
    print(f'{len(events)} events, {len(verdicts)} articles, {sum(len(v) for v in verdicts.values()) // 2} diffs, '
          f'{n_spans} informational-bias spans, {n_sentences} sentences')
    print(f'against each other outlet: {span_only / span_total:.3f} of informational-bias spans marked only-in '
          f'({span_only}/{span_total}); base rate {sentence_only / sentence_total:.3f} of all sentences '
          f'({sentence_only}/{sentence_total}); lift {span_only / span_total / (sentence_only / sentence_total):.2f}')
    print(f'against both other outlets: {span_both / n_spans:.3f} of spans; base rate {sentence_both / n_sentences:.3f} '
          f'of sentences; lift {span_both / n_spans / (sentence_both / n_sentences):.2f}')
    for outlet, (st, so, nt, no) in sorted(per_outlet.items()):
        print(f'  {outlet:16s} spans only-in {so / st:.3f} ({so}/{st})   sentences only-in {no / nt:.3f} ({no}/{nt})')
    print(f'lexical baseline: AUC {coverage_auc(arts, spans, events):.3f} for "a sentence holding an informational-bias span '
          f'has fewer of its words anywhere in the other article" (0.5 = no signal)')


def coverage_auc(arts, spans, events):
    """How well plain word overlap could single out the spans: for each sentence (BASIL's own sentence offsets) and
    each other outlet's article on the event, the share of its words (\\w+, lower-cased, 3+ letters) found anywhere
    in that article; AUC of "span sentences have lower coverage" against the other sentences."""
    import re
    word = re.compile(r'\w{3,}')
    scores = []   # (is_span_sentence, coverage)
    for members in events.values():
        vocab = {k: set(w.lower() for w in word.findall(arts[k]['text'])) for k in members}
        for x in members:
            text = arts[x]['text']
            marked = [(s - len(arts[x]['title']) - 2, e - len(arts[x]['title']) - 2) for s, e in spans.get(x, [])]
            for s, e in arts[x]['sentences']:
                words = [w.lower() for w in word.findall(text[s:e])]
                if not words:
                    continue
                is_span = any(min(e, me) - max(s, ms) > 0.5 * (me - ms) for ms, me in marked)
                for y in members:
                    if y != x:
                        scores.append((is_span, sum(w in vocab[y] for w in words) / len(words)))
    pos = sorted(c for f, c in scores if f)
    neg = sorted(c for f, c in scores if not f)
    import bisect
    wins = 0.0
    for p in pos:
        lo, hi = bisect.bisect_left(neg, p), bisect.bisect_right(neg, p)
        wins += (len(neg) - hi) + 0.5 * (hi - lo)
    return wins / (len(pos) * len(neg))


if __name__ == '__main__':
    main()
