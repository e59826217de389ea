"""What the web UI reads: a small Protocol of the store's read methods, and an in-memory stand-in.

The web UI only reads. Coding it against this Protocol (not against the
store's class) keeps it testable with records built by hand or by
:func:`newsprism.pipeline.analyze`, and lets the real
``newsprism.store.Store`` drop in unchanged: it has these methods, and its
``StorySummary`` / ``SearchHit`` records have these attributes, so it
satisfies the Protocol structurally. :class:`InMemoryRepository` follows the
store's conventions (outlets as named by the reports, hits without a span
for a title-only match) so tests against it hold for the store too.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

from newsprism.model import Analysis, Article, Quote, Story
from newsprism.store.records import SearchHit, StorySummary

_SNIPPET = 70  # characters of context either side of a search match


class StorySummaryLike(Protocol):
    """One row of the story list (the store's ``StorySummary``)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def n_reports(self) -> int: ...
    @property
    def outlets(self) -> Sequence[str]: ...
    @property
    def first_published(self) -> str | None: ...
    @property
    def last_published(self) -> str | None: ...
    @property
    def updated_at(self) -> str: ...


class SearchHitLike(Protocol):
    """One search result (the store's ``SearchHit``).

    ``start``/``end`` span the match in the article's text; None when only the title matched.
    """

    @property
    def kind(self) -> str: ...
    @property
    def article_id(self) -> str: ...
    @property
    def story_id(self) -> str | None: ...
    @property
    def snippet(self) -> str: ...
    @property
    def start(self) -> int | None: ...
    @property
    def end(self) -> int | None: ...


class Repository(Protocol):
    """The read side of the store, as the web UI uses it."""

    def stories(self) -> Sequence[StorySummaryLike]: ...
    def story(self, story_id: str) -> Story | None: ...
    def article(self, article_id: str) -> Article | None: ...
    def search(self, query: str, limit: int) -> Sequence[SearchHitLike]: ...


@runtime_checkable
class StoryMembers(Protocol):
    """Optional: a repository that lists every story's article ids without loading dossiers.

    The article page uses it to find an article's story when the link did
    not say (``Store.story_article_ids`` provides it).
    """

    def story_article_ids(self) -> Mapping[str, Sequence[str]]: ...


@dataclass(frozen=True, slots=True)
class _State:
    articles: dict[str, Article]
    stories: dict[str, Story]
    story_of: dict[str, str]
    summaries: tuple[StorySummary, ...]


class InMemoryRepository:
    """A :class:`Repository` over one :class:`~newsprism.model.Analysis`, for tests and demos.

    :meth:`replace` swaps in a newer analysis (a running story grew): it is
    one atomic swap of an immutable state, so readers on other threads never
    see half of an update.
    """

    def __init__(self, analysis: Analysis, updated_at: str | None = None) -> None:
        self._lock = threading.Lock()
        self._state = _build(analysis, updated_at or _now())

    def replace(self, analysis: Analysis, updated_at: str | None = None) -> None:
        """Serve ``analysis`` from now on; every story's ``updated_at`` becomes the new time."""
        state = _build(analysis, updated_at or _now())
        with self._lock:
            self._state = state

    def articles(self) -> list[Article]:
        return list(self._state.articles.values())

    def stories(self) -> list[StorySummary]:
        return list(self._state.summaries)

    def story(self, story_id: str) -> Story | None:
        return self._state.stories.get(story_id)

    def article(self, article_id: str) -> Article | None:
        return self._state.articles.get(article_id)

    def story_article_ids(self) -> dict[str, tuple[str, ...]]:
        return {sid: s.article_ids for sid, s in self._state.stories.items()}

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Quotes and articles holding every word of ``query`` (the last also as a prefix).

        The store's rules (FTS5 tokens, case ignored), without its ranking: quotes
        first, then articles, in input order. A quote hit spans the quote; an
        article hit the first matching word, or nothing when only the title matched.
        """
        words = [w.casefold() for w in re.findall(r"\w+", query)]
        if not words or limit <= 0:
            return []
        state = self._state
        quotes: list[SearchHit] = []
        articles: list[SearchHit] = []
        for aid, article in state.articles.items():
            sid = state.story_of.get(aid)
            for q in _quotes(state, sid):
                if q.article_id == aid and _matches(q.text, words):
                    quotes.append(SearchHit("quote", aid, sid, q.text, q.start, q.end))
            if _matches(f"{article.title or ''} {article.text}", words):
                articles.append(_article_hit(article, sid, words))
        return (quotes + articles)[:limit]


def _matches(text: str, words: Sequence[str]) -> bool:
    tokens = [t.casefold() for t in re.findall(r"\w+", text)]
    found = set(tokens)
    return all(w in found for w in words[:-1]) and any(t.startswith(words[-1]) for t in tokens)


def _article_hit(article: Article, story_id: str | None, words: Sequence[str]) -> SearchHit:
    text = article.text
    for m in re.finditer(r"\w+", text):
        token = m.group().casefold()
        if token in words[:-1] or token.startswith(words[-1]):
            lo, hi = max(0, m.start() - _SNIPPET), min(len(text), m.end() + _SNIPPET)
            snippet = " ".join(text[lo:hi].split())
            snippet = ("…" if lo else "") + snippet + ("…" if hi < len(text) else "")
            return SearchHit("article", article.id, story_id, snippet, m.start(), m.end())
    return SearchHit("article", article.id, story_id, article.title or "", None, None)


def _quotes(state: _State, story_id: str | None) -> tuple[Quote, ...]:
    story = state.stories.get(story_id) if story_id else None
    return story.quotes if story is not None else ()


def _build(analysis: Analysis, updated_at: str) -> _State:
    articles = {a.id: a for a in analysis.articles}
    stories = {s.id: s for s in analysis.stories}
    story_of = {aid: s.id for s in analysis.stories for aid in s.article_ids}
    summaries = [_summary(s, articles, updated_at) for s in analysis.stories]
    summaries.sort(key=lambda s: (s.last_published or "", s.id), reverse=True)
    return _State(articles, stories, story_of, tuple(summaries))


def _summary(story: Story, articles: dict[str, Article], updated_at: str) -> StorySummary:
    members = [articles[a] for a in story.article_ids if a in articles]
    dates = sorted(a.published for a in members if a.published)
    outlets = list(dict.fromkeys(a.outlet for a in members if a.outlet))  # as the store does
    title = next((a.title for a in members if a.title), None)
    return StorySummary(
        id=story.id,
        title=title,
        n_reports=len(members),
        outlets=tuple(outlets),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        updated_at=updated_at,
    )


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
