"""Schema migrations: a version-2 store (the clusterer as one JSON row) opens as version 3."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsprism.link.cluster import StoryClusterer
from newsprism.options import Options
from newsprism.pipeline import build_stories
from newsprism.store import Store
from newsprism.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.store.corpus import write_corpus
from tests.store.test_update import _count_adds, _saved_rows

NO_NLP = Options(annotate=False)


def _downgrade_to_v2(path: Path, blob: str | None) -> None:
    """Turn a version-3 store into the version-2 store the same articles would have made."""
    with sqlite3.connect(path) as db:
        for table in ("meta", "df", "postings", "stories", "members"):
            db.execute(f"DROP TABLE clusterer_{table}")
        for (trigger,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_written_%'"
        ).fetchall():
            db.execute(f"DROP TRIGGER {trigger}")
        db.execute("DROP TABLE story_writes")
        MIGRATIONS[1](db)  # the version-2 table
        if blob is not None:
            n, last = db.execute("SELECT count(*), max(seq) FROM articles").fetchone()
            (last_id,) = db.execute("SELECT id FROM articles WHERE seq = ?", (last,)).fetchone()
            db.execute(
                "INSERT INTO clusterer (id, n_articles, last_article_id, settings, state)"
                " VALUES (1, ?, ?, ?, ?)",
                (n, last_id, "{}", blob),
            )
        db.execute("PRAGMA user_version = 2")


def _version(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("PRAGMA user_version").fetchone()[0])


def test_a_saved_v2_clusterer_becomes_rows_and_is_continued(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsprism.store.update import add_paths

    ids = write_corpus(tmp_path / "c", 60, per_file=30)
    files = sorted(str(p) for p in (tmp_path / "c").iterdir())
    path = tmp_path / "s.db"
    with Store(path) as store:
        add_paths(store, files[:1], NO_NLP)
        native = _saved_rows(store)
        articles = store.articles()
    clusterer = StoryClusterer()
    for article in articles:
        clusterer.add(article)
    _downgrade_to_v2(path, json.dumps(clusterer.to_state()))
    assert _version(path) == 2
    with Store(path) as store:
        assert _version(path) == SCHEMA_VERSION == 3
        migrated = _saved_rows(store)
        # the same rows as a version-3 add writes, but for its count of story writes
        assert migrated["clusterer_meta"][0][:-1] == native["clusterer_meta"][0][:-1]
        assert {k: v for k, v in migrated.items() if k != "clusterer_meta"} == {
            k: v for k, v in native.items() if k != "clusterer_meta"
        }
        assert store.clusterer_header().stories_match  # type: ignore[union-attr]
        added = _count_adds(monkeypatch)
        add_paths(store, files, NO_NLP)
        assert added == ids[30:]  # continued, not re-clustered
        stored = store.analysis()
    assert stored.stories == tuple(build_stories(stored.articles, NO_NLP))
    with sqlite3.connect(path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "clusterer" not in tables


@pytest.mark.parametrize("blob", [None, "not json", '{"version": 0}'])
def test_a_v2_store_without_a_usable_state_migrates_and_reclusters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blob: str | None
) -> None:
    from newsprism.store.update import add_paths

    ids = write_corpus(tmp_path / "c", 60, per_file=30)
    files = sorted(str(p) for p in (tmp_path / "c").iterdir())
    path = tmp_path / "s.db"
    with Store(path) as store:
        add_paths(store, files[:1], NO_NLP)
    _downgrade_to_v2(path, blob)
    with Store(path) as store:
        assert store.clusterer_header() is None
        added = _count_adds(monkeypatch)
        add_paths(store, files, NO_NLP)
        assert added == ids  # no state: every article clustered again
        stored = store.analysis()
        assert store.clusterer_header() is not None
    assert stored.stories == tuple(build_stories(stored.articles, NO_NLP))
