"""Incremental add: duplicates skipped, story ids stable, only changed stories rebuilt."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newsprism.model import Analysis
from newsprism.options import Options
from newsprism.pipeline import build_stories
from newsprism.store import Store
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
