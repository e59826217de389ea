"""A clusterer restored piece by piece (``from_source``) decides exactly as the original.

The saved state lives in :class:`MemorySource`, a dict-backed stand-in for the
store's rows that applies :class:`StateChanges` as the store does and goes
through JSON text, as rows do.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsprism.link.cluster import STATE_VERSION, StoryClusterer, cluster_articles
from newsprism.link.cluster_state import StateChanges, StateError, StateHeader
from newsprism.model import Article, Story

from .test_cluster import ELECTION, FIRE_A, MIXED, _ferry


class MemorySource:
    """Saved clusterer rows in dicts of JSON text; counts what is read."""

    def __init__(self) -> None:
        self.head = StateHeader(STATE_VERSION, {}, 0, 0)
        self.df: dict[str, str] = {}
        self.postings: dict[str, str] = {}
        self.stories: dict[int, tuple[str, str]] = {}  # index -> (id, state)
        self.members: dict[str, tuple[int, int, str]] = {}  # article -> (story, position, row)
        self.reads: list[str] = []

    def apply(self, changes: StateChanges) -> None:
        if changes.complete:
            self.__init__()  # type: ignore[misc]
        self.head = changes.header
        self.df.update((k, json.dumps(v)) for k, v in changes.df.items())
        self.postings.update((k, json.dumps(v)) for k, v in changes.postings.items())
        for row in changes.stories:
            self.stories[row.index] = (row.id, json.dumps(row.state))
        for m in changes.members:
            self.members[m.article_id] = (m.story_index, m.position, json.dumps(m.membership))

    def header(self) -> StateHeader:
        return self.head

    def doc_frequency(self, key: str) -> int | None:
        return None if key not in self.df else int(json.loads(self.df[key]))

    def posting(self, key: str) -> list[int] | None:
        return None if key not in self.postings else list(json.loads(self.postings[key]))

    def story_index(self, story_id: str) -> int | None:
        return next((i for i, (sid, _) in self.stories.items() if sid == story_id), None)

    def story(self, index: int) -> tuple[dict[str, Any], list[list[Any]]]:
        self.reads.append(f"story {index}")
        rows = sorted((p, r) for s, p, r in self.members.values() if s == index)
        return json.loads(self.stories[index][1]), [json.loads(r) for _, r in rows]

    def has_article(self, article_id: str) -> bool:
        return article_id in self.members


def _saved(articles: list[Article], **overrides: float) -> MemorySource:
    clusterer = StoryClusterer(**overrides)
    for article in articles:
        clusterer.add(article)
    source = MemorySource()
    source.apply(clusterer.changes())
    return source


def _articles() -> list[Article]:
    return MIXED + ELECTION


@pytest.mark.parametrize("split", [0, 1, 3, 5, 8])
def test_restored_from_rows_continues_exactly(split: int) -> None:
    articles = _articles()
    expected = cluster_articles(articles)
    source = _saved(articles[:split])
    restored = StoryClusterer.from_source(source)
    for article in articles[split:]:
        restored.add(article)
    assert restored.stories() == expected
    assert [s.membership for s in restored.stories()] == [s.membership for s in expected]


def test_saving_the_changes_after_every_article_gives_the_same_stories() -> None:
    """Restore, add one, save only the changes, restore again … equals one batch."""
    for articles, overrides in (
        (_articles(), {}),
        (_ferry() + ELECTION, {"recent_members": 2, "posting_size": 1}),
    ):
        source = _saved(articles[:1], **overrides)
        for article in articles[1:]:
            restored = StoryClusterer.from_source(source)
            restored.add(article)
            source.apply(restored.changes())
        final = StoryClusterer.from_source(source)
        assert final.stories() == cluster_articles(articles, **overrides)
        assert final.settings == StoryClusterer(**overrides).settings


def test_changes_hold_only_what_one_article_read_and_changed() -> None:
    articles = _articles()
    source = _saved(articles[:-1])
    restored = StoryClusterer.from_source(source)
    membership = restored.add(articles[-1])
    changes = restored.changes()
    assert not changes.complete
    assert changes.header.docs == len(articles)
    assert [m.article_id for m in changes.members] == [articles[-1].id]
    assert [row.id for row in changes.stories] == [
        s.id for s in cluster_articles(articles) if articles[-1].id in s.article_ids
    ]
    assert set(changes.df) < set(json.loads(json.dumps(_saved(articles).df)))
    touched = restored.touched()
    assert [s.article_ids[-1] for s in touched] == [articles[-1].id]
    assert touched[0].membership[-1] == membership
    assert len(source.reads) <= restored.settings.candidates


def test_a_story_by_id_and_to_state_of_a_restored_clusterer() -> None:
    articles = _articles()
    expected = {s.id: s for s in cluster_articles(articles)}
    restored = StoryClusterer.from_source(_saved(articles))
    for sid, story in expected.items():
        assert restored.story(sid) == story
    assert restored.story("s-none") is None
    assert restored.touched() == []
    with pytest.raises(ValueError, match="changes"):
        restored.to_state()


def test_a_foreign_or_damaged_source_is_refused() -> None:
    source = _saved(FIRE_A[:2])
    source.head = StateHeader(STATE_VERSION + 1, source.head.settings, 2, 1)
    with pytest.raises(StateError, match="version"):
        StoryClusterer.from_source(source)
    source = _saved(FIRE_A[:2])
    source.head = StateHeader(STATE_VERSION, {"threshold": 7.0}, 2, 1)
    with pytest.raises(StateError, match="settings"):
        StoryClusterer.from_source(source)
    source = _saved(FIRE_A[:2])
    source.postings = dict.fromkeys(source.postings, "[5]")
    with pytest.raises(StateError, match="names no story"):
        StoryClusterer.from_source(source).add(FIRE_A[2])
    source = _saved(FIRE_A[:2])
    source.stories = {0: ("x", json.dumps({"id": "x"}))}
    with pytest.raises(StateError, match="damaged clusterer story 0"):
        StoryClusterer.from_source(source).add(FIRE_A[2])
    with pytest.raises(ValueError, match="already clustered"):
        StoryClusterer.from_source(_saved(FIRE_A[:2])).add(FIRE_A[0])


def test_full_state_and_changes_agree() -> None:
    """``from_state`` of the old one-document state and ``from_source`` of rows: same stories."""
    articles = _articles()
    clusterer = StoryClusterer()
    for article in articles[:5]:
        clusterer.add(article)
    by_state = StoryClusterer.from_state(json.loads(json.dumps(clusterer.to_state())))
    changes = by_state.changes()
    assert changes.complete and changes == clusterer.changes()
    by_rows = StoryClusterer.from_source(_saved(articles[:5]))
    for restored in (by_state, by_rows):
        for article in articles[5:]:
            restored.add(article)
    assert by_state.stories() == by_rows.stories() == cluster_articles(articles)
    assert all(isinstance(s, Story) for s in by_rows.touched())
