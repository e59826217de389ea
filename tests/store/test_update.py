"""Incremental add: duplicates skipped, story ids stable, only changed stories rebuilt."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsprism.link.cluster import ClusterSettings, StoryClusterer, cluster_articles
from newsprism.model import Analysis, Article, Membership, Story
from newsprism.options import Options
from newsprism.pipeline import build_stories
from newsprism.store import Store, StoreError
from newsprism.store.clusterer_rows import RowSource, SavedClusterer
from newsprism.store.update import add_paths, main
from tests.conftest import EXAMPLES
from tests.store.corpus import write_corpus

NO_NLP = Options(annotate=False)


def test_adding_in_two_parts_equals_one_batch(tmp_path: Path, store: Store) -> None:
    ids = write_corpus(tmp_path / "c", 120, per_file=40)
    files = sorted(str(p) for p in (tmp_path / "c").iterdir())
    first = add_paths(store, files[:2], NO_NLP, batch_size=7)
    assert (first.added, first.skipped_duplicates, first.rejected) == (80, 0, 0)
    before = store.story_article_ids()
    second = add_paths(store, files, NO_NLP)
    assert (second.added, second.skipped_duplicates) == (40, 80)
    after = store.story_article_ids()
    for sid, members in before.items():  # same ids; old members are a prefix
        assert after[sid][: len(members)] == members
    grown = {sid for sid, members in after.items() if before.get(sid) != members}
    assert set(second.story_ids) == grown and second.stories_updated == len(grown)
    stored = store.analysis()
    assert [a.id for a in stored.articles] == ids
    expected = build_stories(stored.articles, NO_NLP)
    assert stored.stories == tuple(expected)
    assert add_paths(store, files, NO_NLP).stories_updated == 0


def test_the_ferry_example_stored_equals_analyze(store: Store, ferry: Analysis) -> None:
    report = add_paths(store, [str(EXAMPLES / "ferry")])
    assert report.added == len(ferry.articles) and report.stories_updated == 1
    assert store.analysis().stories == ferry.stories


def test_an_interrupted_run_is_finished_by_the_next(tmp_path: Path, store: Store) -> None:
    """Articles committed but no story written (killed in between): a re-run writes them."""
    write_corpus(tmp_path / "c", 30)
    add_paths(store, [str(tmp_path / "c")], NO_NLP)
    complete = store.analysis()
    store.remove_stories([complete.stories[0].id])
    store.put_stories([dataclasses.replace(complete.stories[1], article_ids=("gen0001",))])
    report = add_paths(store, [str(tmp_path / "c")], NO_NLP)
    assert report.added == 0 and report.stories_updated == 2
    assert store.analysis().stories == complete.stories


def test_main_reports_and_rejects(tmp_path: Path, capsys: object) -> None:
    bad = tmp_path / "x.bin"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    db = tmp_path / "s.db"
    assert main([str(bad), "--db", str(db), "--no-nlp"]) == 1
    good = tmp_path / "r.txt"
    good.write_text("Officials in Pellan closed the bridge.\n\nThe council will meet on Friday.\n")
    assert main([str(good), str(bad), "--db", str(db), "--no-nlp", "-q"]) == 0
    with Store(db) as store:
        assert len(store.articles()) == 1 and len(store.analysis().rejected) == 1


def _count_adds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the id of every article given to ``StoryClusterer.add``."""
    added: list[str] = []
    original = StoryClusterer.add

    def counting(self: StoryClusterer, article: Article) -> Membership:
        added.append(article.id)
        return original(self, article)

    monkeypatch.setattr(StoryClusterer, "add", counting)
    return added


def test_the_saved_clusterer_is_continued(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = write_corpus(tmp_path / "c", 120, per_file=40)
    files = sorted(str(p) for p in (tmp_path / "c").iterdir())
    added = _count_adds(monkeypatch)
    add_paths(store, files[:2], NO_NLP)
    assert added == ids[:80]
    saved = store.clusterer_header()
    assert saved is not None and (saved.n_articles, saved.last_article_id) == (80, ids[79])
    added.clear()
    add_paths(store, files, NO_NLP)
    assert added == ids[80:]  # only the new articles were clustered
    stored = store.analysis()
    assert stored.stories == tuple(build_stories(stored.articles, NO_NLP))
    assert store.story_article_ids() == {
        s.id: s.article_ids for s in cluster_articles(stored.articles)
    }
    assert store.stale_story_ids() == []
    added.clear()
    assert add_paths(store, files, NO_NLP).stories_updated == 0 and added == []


def _saved_rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the saved clusterer, table by table."""
    with sqlite3.connect(store.path) as db:
        return {
            table: sorted(db.execute(f"SELECT * FROM {table}").fetchall())
            for table in (
                "clusterer_meta",
                "clusterer_df",
                "clusterer_postings",
                "clusterer_stories",
                "clusterer_members",
            )
        }


def _tamper(store: Store, sql: str, *params: object) -> None:
    with sqlite3.connect(store.path) as db:
        db.execute(sql, params)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE clusterer_meta SET last_article_id = 'not-the-last'",
        "UPDATE clusterer_meta SET settings = json_set(settings, '$.threshold', 0.9)",
        "UPDATE clusterer_meta SET n_articles = n_articles + 1",
        "UPDATE clusterer_meta SET version = version + 1",
        "UPDATE clusterer_meta SET settings = 'not json'",
        "DELETE FROM clusterer_members WHERE rowid = (SELECT max(rowid) FROM clusterer_members)",
    ],
)
def test_a_state_that_does_not_fit_is_ignored(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch, sql: str
) -> None:
    ids = write_corpus(tmp_path / "c", 60, per_file=30)
    files = sorted(str(p) for p in (tmp_path / "c").iterdir())
    add_paths(store, files[:1], NO_NLP)
    rows = _saved_rows(store)
    _tamper(store, sql)
    added = _count_adds(monkeypatch)
    assert add_paths(store, files[:1], NO_NLP).stories_updated == 0
    assert added == ids[:30]  # re-clustered from scratch, and the state saved again
    assert _saved_rows(store) == rows
    add_paths(store, files, NO_NLP)
    stored = store.analysis()
    assert stored.stories == tuple(build_stories(stored.articles, NO_NLP))


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE clusterer_stories SET state = 'not json'",
        'UPDATE clusterer_stories SET state = \'{"id": "x"}\'',
        "UPDATE clusterer_postings SET stories = '[100000]'",
        "UPDATE clusterer_stories SET n_members = n_members + 1",
    ],
)
def test_a_damaged_row_is_found_when_read_and_everything_reclustered(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch, sql: str
) -> None:
    ids = write_corpus(tmp_path / "c", 60, per_file=30)
    files = sorted(str(p) for p in (tmp_path / "c").iterdir())
    add_paths(store, files[:1], NO_NLP)
    _tamper(store, sql)
    added = _count_adds(monkeypatch)
    add_paths(store, files, NO_NLP)
    assert len(added) > 60 and added[-60:] == ids  # a row failed when read: all again
    stored = store.analysis()
    assert stored.stories == tuple(build_stories(stored.articles, NO_NLP))
    assert store.stale_story_ids() == []


def test_one_arrival_reads_and_writes_only_what_it_needs(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One more article reads a few stories of the saved clusterer and rewrites one."""
    ids = write_corpus(tmp_path / "c", 121, per_file=120)
    files = sorted(str(p) for p in (tmp_path / "c").iterdir())
    add_paths(store, files[:1], NO_NLP)
    before = _saved_rows(store)
    loaded: list[int] = []
    original = RowSource.story

    def counting(self: RowSource, index: int) -> tuple[dict[str, Any], list[list[Any]]]:
        loaded.append(index)
        return original(self, index)

    monkeypatch.setattr(RowSource, "story", counting)
    report = add_paths(store, files, NO_NLP)
    assert report.added == 1 and report.stories_updated == 1
    assert 0 < len(loaded) <= ClusterSettings().candidates + 1
    after = _saved_rows(store)
    assert len(before["clusterer_stories"]) < 120  # many stories, one changed (or founded)
    changed = set(after["clusterer_stories"]) - set(before["clusterer_stories"])
    assert len(changed) == 1
    assert set(after["clusterer_members"]) - set(before["clusterer_members"]) == {
        next(m for m in after["clusterer_members"] if m[0] == ids[-1])
    }
    stored = store.analysis()
    assert stored.stories == tuple(build_stories(stored.articles, NO_NLP))


def test_the_state_is_saved_with_the_stories(tmp_path: Path, store: Store) -> None:
    """A failed story write rolls back the clusterer state written with it."""
    write_corpus(tmp_path / "c", 30)
    add_paths(store, [str(tmp_path / "c")], NO_NLP)
    before = _saved_rows(store)
    assert before["clusterer_meta"]
    stray = Story(id="s-stray", article_ids=("no-such-article",))
    empty = SavedClusterer(0, None, None, StoryClusterer().changes())  # would clear every row
    with pytest.raises(StoreError):
        store.put_stories([stray], clusterer=empty)
    assert _saved_rows(store) == before


def test_changes_against_a_state_saved_meanwhile_are_not_written(
    tmp_path: Path, store: Store
) -> None:
    """Changes made from a saved state that another process replaced meanwhile are dropped."""
    write_corpus(tmp_path / "c", 30)
    add_paths(store, [str(tmp_path / "c")], NO_NLP)
    before = _saved_rows(store)
    header = store.clusterer_header()
    assert header is not None
    stale = SavedClusterer(99, "x", (header.n_articles - 1, "y"), StoryClusterer().changes())
    stale = dataclasses.replace(stale, changes=dataclasses.replace(stale.changes, complete=False))
    store.put_stories([], clusterer=stale)
    assert _saved_rows(store) == before


def test_stories_written_without_the_clusterer_are_checked_once(
    tmp_path: Path, store: Store
) -> None:
    """``--one-story`` rewrites the stories behind the saved clusterer's back: the next
    clustering update compares every story with it, heals them, and marks them checked."""
    write_corpus(tmp_path / "c", 60)
    add_paths(store, [str(tmp_path / "c")], NO_NLP)
    complete = store.analysis().stories
    header = store.clusterer_header()
    assert header is not None and header.stories_match and store.stale_story_ids() == []
    add_paths(store, [str(tmp_path / "c")], Options(annotate=False, cluster=False))
    header = store.clusterer_header()
    assert header is not None and not header.stories_match
    assert len(store.stale_story_ids()) == len(complete) + 1
    report = add_paths(store, [str(tmp_path / "c")], NO_NLP)
    assert report.added == 0 and report.stories_updated == len(complete)
    assert store.analysis().stories == complete
    header = store.clusterer_header()
    assert header is not None and header.stories_match and store.stale_story_ids() == []


def test_one_story_mode_keeps_today_behaviour(tmp_path: Path, store: Store) -> None:
    ids = write_corpus(tmp_path / "c", 30)
    one = Options(annotate=False, cluster=False)
    report = add_paths(store, [str(tmp_path / "c")], one)
    assert report.stories_updated == 1
    assert list(store.story_article_ids().values()) == [tuple(ids)]
