"""News pages of ../shared/data/extraction-dev (not part of a clone) as the quotation gold reads them.

Each page's gold article text (`articleBody`, by hand, from the extraction benchmark) with the headline its HTML
declares (`og:title`, else `<title>`), handed to slant like a BASIL article: headline, blank line, text (see
scripts/basil.py). Ids are `news-` and the first ten hex digits of the page's id; each page is its own event and its
outlet is the URL's host.
"""
import gzip, html, json, re, sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / 'shared' / 'data' / 'extraction-dev'


def headline(page):
    m = (re.search(r'<meta[^>]+property=["\']og:title["\'][^>]*content=(["\'])([^<>]*?)\1', page, re.I | re.S)
         or re.search(r'<meta[^>]+content=(["\'])([^<>]*?)\1[^>]*property=["\']og:title', page, re.I | re.S)
         or re.search(r'<title[^>]*>()(.*?)</title>', page, re.I | re.S))
    return ' '.join(html.unescape(m.group(2)).split()) if m else ''


def load():
    """Articles by id (`news-042bb7b5fe`), with `event`, `outlet`, `title`, `text`."""
    if not DATA.exists():
        sys.exit(f'needs {DATA}')
    truth = json.load(gzip.open(DATA / 'ground-truth.json.gz'))
    out = {}
    for page_id, gold in sorted(truth.items()):
        key = 'news-' + page_id[:10]
        page = gzip.open(DATA / 'html' / f'{page_id}.html.gz').read().decode('utf8', 'replace')
        host = re.sub(r'^www\.', '', re.sub(r'^https?://([^/]+).*$', r'\1', gold.get('url', '')))
        out[key] = {'article_id': key, 'event': key, 'outlet': host, 'title': headline(page), 'text': gold['articleBody']}
    return out
