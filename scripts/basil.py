"""BASIL (../shared/data/basil-dev; not part of a clone) as the evaluation scripts read it.

Each article is handed to slant as one text file, its title, a blank line, then its text (`--as-is
--headline-first-line`), so annotation offsets are moved into that file's offsets here, once.
"""
import gzip, json, sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / 'shared' / 'data' / 'basil-dev'


def file_text(article):
    """The text slant reads for an article: title, blank line, text."""
    return article['title'] + '\n\n' + article['text']


def articles_by_id(folder):
    """The records of folder/articles.jsonl.gz by `article_id` (exits when the shared data is not beside the clone)."""
    if not folder.exists():
        sys.exit(f'needs {folder}')
    return {r['article_id']: r for r in map(json.loads, gzip.open(folder / 'articles.jsonl.gz', 'rt', encoding='utf8'))}


def load(kind):
    """Articles by id, and per article the annotations of one kind ('lexical_bias' or 'informational_bias') as
    (start, end, record) in file_text offsets."""
    articles = articles_by_id(DATA)
    spans = defaultdict(list)
    for line in gzip.open(DATA / 'annotations.jsonl.gz', 'rt', encoding='utf8'):
        r = json.loads(line)
        if r['kind'] != kind:
            continue
        shift = 0 if r['field'] == 'title' else len(articles[r['article_id']]['title']) + 2
        spans[r['article_id']].append((r['start'] + shift, r['end'] + shift, r))
    return articles, spans


def write_files(articles, folder):
    """Writes every article's file_text under folder; returns {article id: path}."""
    paths = {}
    for k, article in articles.items():
        p = Path(folder) / (k.replace('/', '_') + '.txt')
        p.write_text(file_text(article), encoding='utf8')
        paths[k] = str(p)
    return paths
