#!/usr/bin/env python3
"""Who said it: `slant quotes` against the hand-checked quotation gold (scripts/gold/): BASIL events (whole articles of
three outlets), AllSides events (headline and lead of many outlets' articles; `--corpus allsides`) and news pages
(whole articles from many sites, each its own event; `--corpus news`).

Needs ../shared/data/basil-dev, allsides-dev and extraction-dev beside the clone (the article texts; the gold keeps offsets only). Each article is read
as slant reads BASIL everywhere (title, blank line, text; `--as-is --headline-first-line`). Reported per split (`dev`,
the events rules may be tuned on; `heldout`, events nobody tunes on):

  found      share of gold quotations (direct, partial, scare) that some slant quote overlaps;
  titles kept out  share of gold titles of works (“Meet the Press”) that slant does not read as a quotation;
  as scare   share of real quotations (gold direct or partial) that slant calls a scare quote;
  scare given one  share of gold scare quotes and titles that slant gives a speaker (should be none);
  speaker    for found quotations, by gold kind (direct, partial): whether slant's speaker is the gold one —
             a person when surnames agree and first names do not conflict (initials, nicknames and a missing first
             name agree; "Neil M. Gorsuch" is "Neil Gorsuch"), an organisation when the names agree once dots, "the"
             and case are set aside, an unnamed source when slant names no person and shares a word of the
             description, no source when slant gives none; a joint statement ("A, B and C") is any of them;
  nearby     gold quotations whose speaker is a named person or organisation that slant's people-and-organisations layer
             mentions within 600 characters before the quotation or 300 after it: the candidates a speaker ranker could
             choose from (an upper bound for resolution by choosing among mentions);
  labels     slant speaker labels (of non-scare quotes) that are a weekday, a month, a date, a place, a demonym or a
             party tag (never a speaker).

Usage: scripts/evaluate_speakers.py [--slant .build/release/slant] [--split dev|heldout|unseen|all] [--corpus basil|allsides|all] [--show N]
"""
import argparse, collections, json, re, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import allsides, basil, newspages

GOLD = HERE / 'gold' / 'quotes'
NICKNAMES = [{'robert', 'bob', 'rob', 'bobby'}, {'michael', 'mike'}, {'benjamin', 'ben'}, {'william', 'bill', 'billy', 'will'},
             {'james', 'jim', 'jimmy'}, {'joseph', 'joe'}, {'thomas', 'tom'}, {'richard', 'dick', 'rick'},
             {'charles', 'chuck', 'charlie'}, {'edward', 'ted', 'ed'}, {'christopher', 'chris'}, {'daniel', 'dan'},
             {'john', 'jack'}, {'elizabeth', 'liz', 'beth'}, {'katherine', 'kate', 'kathy'}, {'steven', 'steve', 'stephen'},
             {'anthony', 'tony'}, {'andrew', 'andy'}, {'nicholas', 'nick'}, {'matthew', 'matt'}, {'patrick', 'pat'},
             {'donald', 'don'}, {'ronald', 'ron'}, {'gerald', 'jerry'}, {'kenneth', 'ken'}, {'timothy', 'tim'}]
SUFFIXES = {'jr', 'sr', 'ii', 'iii', 'iv'}
WEEKDAYS = {'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'}
MONTHS = {'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'}
DEMONYMS = {'american', 'americans', 'iraqi', 'iranian', 'muslim', 'christian', 'jewish', 'arab', 'israeli', 'palestinian',
            'syrian', 'afghan', 'russian', 'chinese', 'british', 'french', 'german', 'mexican', 'african', 'european',
            'asian', 'hispanic', 'latino', 'catholic', 'evangelical', 'kurdish', 'saudi', 'turkish', 'ukrainian', 'korean'}


def places():
    names = set()
    for line in (HERE.parent / 'lexicons' / 'places.yaml').read_text().splitlines():
        m = re.match(r'\s+"?([^":]+)"?: \[(.*)\]$', line)
        if m:
            names.add(m.group(1).lower())
            for e in m.group(2).split(','):
                e = re.sub(r'\{term: (.*), case: exact\}', r'\1', e.strip()).strip('"').lower()
                names.add(e)
    return names


PLACES = places()


def words(s):
    return [w for w in re.findall(r"[a-z0-9]+", s.lower().replace('.', '').replace("’", "'")) if w not in ('the',)]


def person_parts(name):
    w = [x for x in words(name) if x not in SUFFIXES]
    w = [x for x in w if len(x) > 1 or x is w[-1]] if w else w          # middle initials out
    if not w:
        return None, None
    return (w[0] if len(w) > 1 else None), w[-1]


def same_first(a, b):
    if a is None or b is None or a == b:
        return True
    if a[0] == b[0] and (len(a) == 1 or len(b) == 1 or a.startswith(b) or b.startswith(a)):
        return True
    return any(a in n and b in n for n in NICKNAMES)


def same_person(gold, pred):
    gf, gl = person_parts(gold)
    pf, pl = person_parts(pred)
    if gl is None or pl is None:
        return False
    strip = lambda x: re.sub(r'^(al|el)', '', x)
    return strip(gl) == strip(pl) and same_first(gf, pf)


def same_org(gold, pred):
    g, p = ' '.join(words(gold)), ' '.join(words(pred))
    return bool(g) and (g == p or g in p or p in g or ''.join(w[0] for w in words(gold)) == p.replace(' ', ''))


def invalid_label(label):
    if not label:
        return None
    w = words(label)
    low = label.lower().strip()
    if re.fullmatch(r'\(?[rdi]-[a-z .]+\)?', low):
        return 'party tag'
    if w and all(x in WEEKDAYS for x in w):
        return 'weekday'
    if w and all(x in MONTHS or x.isdigit() for x in w):
        return 'date'
    if low in PLACES or low.removeprefix('the ') in PLACES:
        return 'place'
    if len(w) == 1 and w[0] in DEMONYMS and not w[0].endswith('s'):
        return 'demonym'
    return None


def speaker_correct(g, q):
    pred = (q.get('entity') or {}).get('name') or q.get('speaker')
    named = bool(q.get('entity'))
    t = g['speaker_type']
    if t == 'none':
        return pred is None
    if pred is None:
        return False
    if t == 'unnamed':
        if named and (q['entity'].get('kind') == 'person'):
            return False
        gw = {x.rstrip('s') for x in words(g['speaker']) if len(x) > 2}
        return bool(gw & {x.rstrip('s') for x in words(pred)})
    candidates = re.split(r',\s*|\s+and\s+', g['speaker']) if t == 'person' else [g['speaker']]
    if t == 'person':
        return any(same_person(c, pred) for c in candidates if c.strip())
    return same_org(g['speaker'], pred) or same_person(g['speaker'], pred)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--slant', default=str(HERE.parent / '.build' / 'release' / 'slant'))
    ap.add_argument('--split', default='all', help='dev, heldout, unseen (events annotated but not yet tuned on) or all')
    ap.add_argument('--show', type=int, default=0, help='print N wrong speakers per split')
    ap.add_argument('--events', default='', help='only these events (comma-separated id prefixes)')
    ap.add_argument('--corpus', default='all', choices=['basil', 'allsides', 'news', 'all'],
                    help='BASIL full articles, AllSides leads (many outlets), news pages of many sites (scripts/newspages.py), or all')
    a = ap.parse_args()
    wanted = [e for e in a.events.split(',') if e]
    gold = collections.defaultdict(list)
    for f in sorted(GOLD.glob('*.jsonl')):
        for line in f.read_text().splitlines():
            if line.strip():
                g = json.loads(line)
                source = ('allsides' if g['article_id'].startswith('allsides-')
                          else 'news' if g['article_id'].startswith('news-') else 'basil')
                if a.corpus not in ('all', source):
                    continue
                if not wanted or any(g['event'].startswith(e) for e in wanted):
                    gold[g['article_id']].append(g)
    articles = basil.load('lexical_bias')[0] if any(not k.startswith(('allsides-', 'news-')) for k in gold) else {}
    if any(k.startswith('allsides-') for k in gold):
        articles.update(allsides.load())
    if any(k.startswith('news-') for k in gold):
        articles.update(newspages.load())
    with tempfile.TemporaryDirectory() as tmp:
        paths = basil.write_files({k: articles[k] for k in gold}, tmp)
        back = {v: k for k, v in paths.items()}
        # One run per event, as a user would run slant on one event's articles (people are joined within an event).
        events = collections.defaultdict(list)
        for k in gold:
            events[gold[k][0]['event']].append(paths[k])
        predicted = {}
        mentions = collections.defaultdict(list)     # article → (start, name) of every person and organisation mention
        for event, files in sorted(events.items()):
            r = subprocess.run([a.slant, 'quotes', '--as-is', '--headline-first-line', '--format', 'json', *sorted(files)],
                               stdout=subprocess.PIPE, check=True)
            out = json.loads(r.stdout)
            predicted.update({back[art['file']]: art['quotes'] for art in out['articles']})
            for e in out['entities']:
                for m in e['mentions']:
                    if m['article'] in back:
                        mentions[back[m['article']]].append((m['start'], e['name']))
    present = {items[0]['split'] for items in gold.values()} if gold else set()
    splits = [s for s in ('dev', 'heldout', 'unseen') if s in present] if a.split == 'all' else [a.split]
    for split in splits:
        stats = collections.Counter()
        wrong = []
        labels = collections.Counter()
        for k, items in gold.items():
            if items[0]['split'] != split:
                continue
            quotes = predicted.get(k, [])
            for q in quotes:
                if q['kind'] != 'scare':
                    why = invalid_label(q.get('speaker'))
                    stats['labels'] += 1
                    if why:
                        labels[why] += 1
                        if a.show:
                            print(f'    invalid label {k} {q["start"]}-{q["end"]}: {q.get("speaker")!r} ({why})')
            for g in items:
                kind = g['kind']
                stats[f'gold {kind}'] += 1
                # What a ranker of speaker candidates could choose from: the named gold speaker among slant's
                # mentions within 600 characters before the quotation or 300 after it.
                if kind in ('direct', 'partial') and g['speaker_type'] in ('person', 'organisation'):
                    stats['named'] += 1
                    stats['named near'] += any(g['start'] - 600 <= start <= g['end'] + 300 and
                                               speaker_correct(g, {'speaker': name, 'entity': None})
                                               for start, name in mentions.get(k, []))
                best, best_overlap = None, 0
                for q in quotes:
                    spans = [(f['start'], f['end']) for f in q['fragments']] or [(q['start'], q['end'])]
                    ov = max(min(e, g['end']) - max(s, g['start']) for s, e in spans)
                    if ov > best_overlap:
                        best, best_overlap = q, ov
                if best is None:
                    stats[f'missed {kind}'] += 1
                    continue
                stats[f'found {kind}'] += 1
                if kind in ('scare', 'title') and best['kind'] != 'scare' and best.get('speaker'):
                    stats[f'spoken {kind}'] += 1
                if kind in ('direct', 'partial'):
                    if best['kind'] == 'scare':
                        stats[f'scare {kind}'] += 1
                    ok = speaker_correct(g, best)
                    stats[f'speaker {kind}'] += ok
                    if not ok:
                        wrong.append((k, g, best))
        real = stats['gold direct'] + stats['gold partial']
        found = sum(stats[f'found {x}'] for x in ('direct', 'partial', 'scare'))
        total = sum(stats[f'gold {x}'] for x in ('direct', 'partial', 'scare'))
        print(f'{split}: {total} gold quotations ({stats["gold direct"]} direct, {stats["gold partial"]} partial, '
              f'{stats["gold scare"]} scare) and {stats["gold title"]} titles in {len([1 for v in gold.values() if v[0]["split"] == split])} articles')
        print(f'  found            {found / max(total, 1):.3f} ({found}/{total} quotations: direct, partial, scare)')
        titles = stats['gold title']
        print(f'  titles kept out  {(titles - stats["found title"]) / max(titles, 1):.3f} ({titles - stats["found title"]}/{titles} '
              f'titles not read as a quotation)')
        print(f'  real read scare  {(stats["scare direct"] + stats["scare partial"]) / max(real, 1):.3f} '
              f'({stats["scare direct"] + stats["scare partial"]}/{real})')
        spoken = stats['spoken scare'] + stats['spoken title']
        unspoken = stats['gold scare'] + stats['gold title']
        print(f'  scare given one  {spoken / max(unspoken, 1):.3f} ({spoken}/{unspoken} scare quotes and titles given a speaker)')
        for kind in ('direct', 'partial'):
            n = stats[f'found {kind}']
            print(f'  speaker {kind:8s} {stats[f"speaker {kind}"] / max(n, 1):.3f} ({stats[f"speaker {kind}"]}/{n})')
        print(f'  speaker nearby   {stats["named near"] / max(stats["named"], 1):.3f} ({stats["named near"]}/{stats["named"]} '
              f'named gold speakers that slant names within 600 characters before or 300 after the quotation)')
        print(f'  invalid labels   {sum(labels.values())} of {stats["labels"]} speaker labels' +
              (f' ({", ".join(f"{v} {k}" for k, v in labels.most_common())})' if labels else ''))
        for k, g, q in wrong[:a.show]:
            print(f'    {k} {g["start"]}-{g["end"]} [{g["kind"]}] gold {g["speaker"]!r} ({g["speaker_type"]}) '
                  f'slant {q.get("speaker")!r} [{q["kind"]}]: “{g["text"][:70]}”')


if __name__ == '__main__':
    main()
