"""The store's own result records: a story's line in a list, a search hit.

Kept apart from :mod:`newsprism.model` because they are views computed by the
store (summaries of stored stories, matches of a query), not pipeline output.
Both are re-exported by :mod:`newsprism.store`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["SearchHit", "StorySummary"]


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One story as a list shows it, without its dossier.

    ``title`` is the first article's title; ``outlets`` each outlet once, in
    the order of the story's articles; ``first_published``/``last_published``
    the range of the articles' publication times (None when none is known);
    ``updated_at`` when the dossier was last written (UTC, ISO 8601).
    """

    id: str
    title: str | None
    n_reports: int
    outlets: tuple[str, ...]
    first_published: str | None
    last_published: str | None
    updated_at: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A match of a search: in an article's title/text, or in a quote.

    ``start``/``end`` span the match in the article's ``text`` (for a quote,
    the quoted words); both are None when an article matched by its title
    only. ``story_id`` is None for an article not yet in a stored story.
    ``snippet`` is the matching passage with some context (the quote itself
    for a quote hit, the title for a title-only hit).
    """

    kind: Literal["article", "quote"]
    article_id: str
    story_id: str | None
    snippet: str
    start: int | None
    end: int | None
