"""AllSides roundups (../shared/data/allsides-dev; not part of a clone) as the evaluation scripts read them.

Each article is a headline and a lead of about 570 characters from one of many outlets (CNN, Fox News, Reuters, The
Hill, BBC News, …), handed to slant like a BASIL article: its title, a blank line, then its text (see scripts/basil.py).
"""
import gzip, json, sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / 'shared' / 'data' / 'allsides-dev'


def load():
    """Articles by id (`allsides-5607-left`), with `event`, `outlet`, `title`, `text`."""
    if not DATA.exists():
        sys.exit(f'needs {DATA}')
    articles = {}
    for line in gzip.open(DATA / 'articles.jsonl.gz', 'rt', encoding='utf8'):
        r = json.loads(line)
        articles[r['article_id']] = r
    return articles
