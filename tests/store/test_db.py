"""The Store: adding, reading back, replacing stories atomically, listing, searching."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from newsprism.model import Analysis, Article, Rejection, Story
from newsprism.store import SearchHit, Store, StoreError
from newsprism.store.schema import SCHEMA_VERSION


def _article(aid: str, text: str, outlet: str = "Harbour Times", **kw: object) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, raw_text=text, outlet=outlet, **kw)  # type: ignore[arg-type]


def test_the_ferry_analysis_comes_back_whole(store: Store, ferry: Analysis) -> None:
    assert store.add_articles(ferry.articles) == [a.id for a in ferry.articles]
    store.add_rejections(ferry.rejected)
    store.put_stories(ferry.stories)
    assert store.analysis().to_dict() | {"inputs": ferry.inputs} == ferry.to_dict()
    story = ferry.stories[0]
    assert store.story(story.id) == story
    assert store.article(ferry.articles[2].id) == ferry.articles[2]
    assert store.story("s-missing") is None and store.article("missing") is None


def test_duplicates_are_skipped_and_id_clashes_renamed(store: Store) -> None:
    first = _article("a1", "The ferry left at dawn.")
    assert store.add_articles([first]) == ["a1"]
    assert store.add_articles([first]) == []  # a re-run
    assert store.add_articles([dataclasses.replace(first, id="b7")]) == []  # same outlet, text
    syndicated = dataclasses.replace(first, id="c1", outlet="Coast Wire")
    other = _article("a1", "A different report under a reused id.")
    assert store.add_articles([syndicated, other]) == ["c1", "a1-2"]
    assert [a.id for a in store.articles()] == ["a1", "c1", "a1-2"]
    assert [a.id for a in store.articles(["a1-2", "a1", "zz"])] == ["a1", "a1-2"]


def test_rejections_are_kept_once(store: Store) -> None:
    rej = Rejection("bad.bin", "binary data, not text", "binary")
    store.add_rejections([rej, rej])
    store.add_rejections([rej])
    assert store.analysis().rejected == (rej,)


def test_put_stories_replaces_and_lists_newest_first(store: Store) -> None:
    store.add_articles(
        [
            _article("a1", "Fire at the mill.", title="Mill fire", published="2025-03-01"),
            _article("a2", "Mill fire out.", outlet="Coast Wire", published="2025-03-02T10:00:00Z"),
            _article("b1", "Ferry strike ends.", title="Strike", published="2025-04-01"),
        ]
    )
    store.put_stories([Story("s1", ("a1",)), Story("s2", ("b1",))])
    store.put_stories([Story("s1", ("a1", "a2"))])
    summaries = store.stories()
    assert [s.id for s in summaries] == ["s2", "s1"]
    mill = summaries[1]
    assert (mill.title, mill.n_reports, mill.outlets) == (
        "Mill fire",
        2,
        ("Harbour Times", "Coast Wire"),
    )
    assert (mill.first_published, mill.last_published) == ("2025-03-01", "2025-03-02T10:00:00Z")
    assert store.story_article_ids() == {"s1": ("a1", "a2"), "s2": ("b1",)}
    with pytest.raises(StoreError, match="not in the store"):
        store.put_stories([Story("s3", ("b1",)), Story("s4", ("nope",))])
    assert store.story("s3") is None  # the whole call was rolled back


def test_search_finds_articles_and_quotes(store: Store, ferry: Analysis) -> None:
    store.add_articles(ferry.articles)
    store.put_stories(ferry.stories)
    quote = ferry.stories[0].quotes[0]
    word = max(quote.text.split(), key=len).strip(".,;:!?\"'")
    hits = store.search(word)
    assert any(h.kind == "quote" and h.article_id == quote.article_id for h in hits)
    article_hits = [h for h in hits if h.kind == "article"]
    assert article_hits
    for hit in article_hits:
        assert isinstance(hit, SearchHit) and hit.story_id == ferry.stories[0].id
        text = store.article(hit.article_id).text  # type: ignore[union-attr]
        if hit.start is not None and hit.end is not None:
            assert text[hit.start : hit.end].casefold().startswith(word[:3].casefold())
    assert store.search("   ") == []
    assert isinstance(store.search('"(* OR ^'), list)  # punctuation is not FTS syntax
    assert len(store.search(word, limit=1)) == 1


def test_schema_is_versioned_and_newer_stores_refused(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    Store(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="upgrade newsprism"):
        Store(path)


def test_a_non_database_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database " * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store(path)
