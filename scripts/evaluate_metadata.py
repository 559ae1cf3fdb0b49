#!/usr/bin/env python3
"""Metadata of pages from sites slant was never written for: title, date and authors, as `slant extract --format json`
gives them, on the 709 WCXB pages (../shared/data/extraction-dev-wcxb, with gold titles) and the 181 news pages
(../shared/data/extraction-dev). Needs ../shared/data beside the clone.

  title     WCXB pages: slant's title against the gold title (`exact` after folding case, quotes, dashes and spaces;
            `token F1` over lower-cased words), and pages with no title;
  date      share of pages with a publication date, by the source that gave it; for pages whose URL carries a full
            date (/2019/11/18/, /2019/nov/18/, 2019-11-18), the share of dates from the page itself (not from the
            URL) that fall within two days of the URL's (a URL date is when the page was filed: a check, not gold);
  authors   share of pages with authors, and of those the pages where an author does not look like a name (a digit,
            a month or weekday, "a.m."/"p.m.", more than five words, a URL or an e-mail address).

The split of issue 12 applies: WCXB pages whose id is divisible by 5 are held out (never looked at); both parts are
printed.

Usage: scripts/evaluate_metadata.py [--slant .build/release/slant] [--show N]
"""
import argparse, collections, gzip, json, re, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / 'shared' / 'data'
MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
NOT_NAME = re.compile(r'\d|\b(a\.m\.|p\.m\.|am|pm|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|'
                      r'march|april|june|july|august|september|october|november|december|updated|published)\b|https?:|@', re.I)


def fold(s):
    s = s or ''
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    s = re.sub(r'[\u2010-\u2015]', '-', s)
    return ' '.join(s.lower().split())


def words(s):
    return re.findall(r'\w+', (s or '').lower())


def token_f1(a, b):
    ca, cb = collections.Counter(words(a)), collections.Counter(words(b))
    tp = sum((ca & cb).values())
    if not tp:
        return 0.0
    p, r = tp / sum(ca.values()), tp / sum(cb.values())
    return 2 * p * r / (p + r)


def url_date(url):
    """(year, month, day) written in a URL's path, or None."""
    path = re.sub(r'^https?://[^/]+', '', url or '')
    m = re.search(r'/((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?:/|$)', path) or re.search(r'\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b', path)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.search(r'/((?:19|20)\d\d)/(' + '|'.join(MONTHS) + r')[a-z]*/(\d\d?)(?:/|$)', path, re.I)
        if not m:
            return None
        y, mo, d = int(m.group(1)), MONTHS.index(m.group(2).lower()[:3]) + 1, int(m.group(3))
    return (y, mo, d) if 1 <= mo <= 12 and 1 <= d <= 31 else None


def days(a, b):
    import datetime
    try:
        return abs((datetime.date(*a) - datetime.date(*b)).days)
    except ValueError:
        return 999


def run(slant, dataset, tmp):
    html = DATA / dataset / 'html'
    gt = json.load(gzip.open(DATA / dataset / 'ground-truth.json.gz'))
    src = Path(tmp) / dataset
    src.mkdir()
    for k in gt:
        (src / f'{k}.html').write_bytes(gzip.open(html / f'{k}.html.gz').read())
    listing = Path(tmp) / f'{dataset}.txt'
    listing.write_text('\n'.join(str(src / f'{k}.html') for k in sorted(gt)) + '\n')
    out = Path(tmp) / f'{dataset}-out'
    subprocess.run([slant, 'extract', '--files-from', str(listing), '--out', str(out), '--format', 'json'],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pages = {}
    for k in gt:
        f = out / f'{k}.json'
        pages[k] = json.loads(f.read_text()) if f.exists() else {}
    return gt, pages


def report(name, gt, pages, show):
    stats = collections.Counter()
    title_f1 = []
    bad_titles, bad_authors, bad_dates = [], [], []
    for k in sorted(gt):
        meta = pages[k].get('metadata', {})
        sources = meta.get('sources', {})
        if 'title' in gt[k]:
            stats['titled'] += 1
            t = meta.get('title')
            if not t:
                stats['no title'] += 1
            ok = fold(t) == fold(gt[k]['title'])
            stats['title exact'] += ok
            title_f1.append(token_f1(t, gt[k]['title']))
            if not ok:
                bad_titles.append((k, t, gt[k]['title']))
        stats['pages'] += 1
        date = meta.get('date')
        if date:
            stats['dated'] += 1
            stats[f'date from {sources.get("date")}'] += 1
        u = url_date(gt[k].get('url'))
        if u:
            stats['url dated'] += 1
            if date and sources.get('date') != 'url':
                stats['url dated, page date'] += 1
                m = re.match(r'(\d{4})-(\d\d)-(\d\d)', date)
                close = bool(m) and days(tuple(map(int, m.groups())), u) <= 2
                stats['url dated, page date close'] += close
                if not close:
                    bad_dates.append((k, date, sources.get('date'), gt[k]['url']))
        authors = meta.get('authors') or []
        if authors:
            stats['authored'] += 1
            odd = [a for a in authors if NOT_NAME.search(a) or len(a.split()) > 5]
            if odd:
                stats['odd authors'] += 1
                bad_authors.append((k, authors, sources.get('authors')))
    n = stats['pages']
    print(f'{name}: {n} pages')
    if stats['titled']:
        print(f'  title exact      {stats["title exact"] / stats["titled"]:.3f} ({stats["title exact"]}/{stats["titled"]}), '
              f'token F1 {sum(title_f1) / len(title_f1):.3f}, no title {stats["no title"]}')
    by_source = ', '.join(f'{k[10:]} {v}' for k, v in sorted(stats.items()) if k.startswith('date from '))
    print(f'  dated            {stats["dated"] / n:.3f} ({stats["dated"]}/{n}; {by_source})')
    if stats['url dated, page date']:
        print(f'  date near URL\'s  {stats["url dated, page date close"] / stats["url dated, page date"]:.3f} '
              f'({stats["url dated, page date close"]}/{stats["url dated, page date"]} page dates of the {stats["url dated"]} '
              f'pages whose URL has a date)')
    print(f'  authors          {stats["authored"] / n:.3f} ({stats["authored"]}/{n}); not like a name on '
          f'{stats["odd authors"]} of them')
    for k, t, g in bad_titles[:show]:
        print(f'    title {k}: {t!r} / gold {g!r}')
    for k, d, s, u in bad_dates[:show]:
        print(f'    date {k}: {d} ({s}) / {u}')
    for k, a, s in bad_authors[:show]:
        print(f'    authors {k} ({s}): {a}')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--slant', default=str(HERE.parent / '.build' / 'release' / 'slant'))
    ap.add_argument('--show', type=int, default=0)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        gt, pages = run(a.slant, 'extraction-dev-wcxb', tmp)
        held = {k for k in gt if k.isdigit() and int(k) % 5 == 0}
        report('WCXB, tuning part', {k: v for k, v in gt.items() if k not in held}, pages, a.show)
        report('WCXB, held out', {k: v for k, v in gt.items() if k in held}, pages, 0)
        gt, pages = run(a.slant, 'extraction-dev', tmp)
        report('news pages', gt, pages, a.show)


if __name__ == '__main__':
    main()
