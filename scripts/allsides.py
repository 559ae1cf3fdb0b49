"""AllSides roundups (../shared/data/allsides-dev; not part of a clone) as the evaluation scripts read them.

Each article is a headline and a lead of about 570 characters from one of many outlets (CNN, Fox News, Reuters, The
Hill, BBC News, …), handed to slant like a BASIL article: its title, a blank line, then its text (see scripts/basil.py).
"""
from pathlib import Path

import basil

DATA = Path(__file__).resolve().parent.parent.parent / 'shared' / 'data' / 'allsides-dev'


def load():
    """Articles by id (`allsides-5607-left`), with `event`, `outlet`, `title`, `text`."""
    return basil.articles_by_id(DATA)
