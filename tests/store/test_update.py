"""Incremental add: duplicates skipped, story ids stable, only changed stories rebuilt."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsprism.link.cluster import StoryClusterer, cluster_articles
from newsprism.model import Analysis, Article, Membership, Story
from newsprism.options import Options
from newsprism.pipeline import build_stories
from newsprism.store import Store, StoreError
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
    saved = store.load_clusterer_state()
    assert saved is not None and saved[:2] == (80, ids[79])
    added.clear()
    add_paths(store, files, NO_NLP)
    assert added == ids[80:]  # only the new articles were clustered
    stored = store.analysis()
    assert stored.stories == tuple(build_stories(stored.articles, NO_NLP))
    assert store.story_article_ids() == {
        s.id: s.article_ids for s in cluster_articles(stored.articles)
    }
    added.clear()
    assert add_paths(store, files, NO_NLP).stories_updated == 0 and added == []


def test_a_state_that_does_not_fit_is_ignored(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = write_corpus(tmp_path / "c", 60, per_file=30)
    files = sorted(str(p) for p in (tmp_path / "c").iterdir())
    add_paths(store, files[:1], NO_NLP)
    loaded = store.load_clusterer_state()
    assert loaded is not None
    n, _, state = loaded
    other = {**state, "settings": {**state["settings"], "threshold": 0.9}}
    added = _count_adds(monkeypatch)
    for bad in ((n, "not-the-last", state), (n, ids[n - 1], other), (n + 1, ids[n], state)):
        store.put_stories([], clusterer=bad)
        added.clear()
        assert add_paths(store, files[:1], NO_NLP).stories_updated == 0
        assert added == ids[:30]  # re-clustered from scratch, and the state saved again
        assert store.load_clusterer_state() == loaded
    add_paths(store, files, NO_NLP)
    stored = store.analysis()
    assert stored.stories == tuple(build_stories(stored.articles, NO_NLP))


def test_the_state_is_saved_with_the_stories(tmp_path: Path, store: Store) -> None:
    """A failed story write rolls back the clusterer state written with it."""
    write_corpus(tmp_path / "c", 30)
    add_paths(store, [str(tmp_path / "c")], NO_NLP)
    before = store.load_clusterer_state()
    assert before is not None
    stray = Story(id="s-stray", article_ids=("no-such-article",))
    with pytest.raises(StoreError):
        store.put_stories([stray], clusterer=(1, "x", {"version": 0}))
    assert store.load_clusterer_state() == before


def test_one_story_mode_keeps_today_behaviour(tmp_path: Path, store: Store) -> None:
    ids = write_corpus(tmp_path / "c", 30)
    one = Options(annotate=False, cluster=False)
    report = add_paths(store, [str(tmp_path / "c")], one)
    assert report.stories_updated == 1
    assert list(store.story_article_ids().values()) == [tuple(ids)]
