"""Store stage: an embedded SQLite database of articles, rejections and story dossiers.

Public entry points: :class:`Store` (see :mod:`newsprism.store.db` for why
SQLite, and how it survives ``kill -9``), the records :class:`StorySummary`
and :class:`SearchHit`, and :func:`newsprism.store.update.add_paths` for
incremental, resumable updates (``newsprism add``).

>>> with Store("newsprism.db") as store:  # doctest: +SKIP
...     story = store.story(store.stories()[0].id)
"""

from __future__ import annotations

import logging

from newsprism.store.codec import article_from_dict, story_from_dict
from newsprism.store.db import Store, StoreError
from newsprism.store.records import SearchHit, StorySummary

__all__ = [
    "SearchHit",
    "Store",
    "StoreError",
    "StorySummary",
    "article_from_dict",
    "story_from_dict",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
