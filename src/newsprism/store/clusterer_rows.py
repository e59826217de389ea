"""The saved story clusterer as rows: read on demand, written by what changed.

Why rows and not one JSON document: the state of a clusterer that has seen
100,000 articles is hundreds of megabytes, and one arriving article needs a
few hundred document frequencies, a few dozen posting lists and a handful of
stories from it (see :mod:`newsprism.link.cluster_state`). Reading and
rewriting it all made one arrival cost as much as the whole store.

Tables (schema version 3, see :mod:`newsprism.store.schema`):

- ``clusterer_meta``: at most one row: the articles covered (the first
  ``n_articles`` in arrival order, the last being ``last_article_id``), the
  state's format ``version``, ``settings`` (JSON), ``docs`` and ``n_stories``,
  and ``story_writes``: the count of ``story_writes`` when it was saved;
- ``clusterer_df``: a document frequency per feature;
- ``clusterer_postings``: per feature, the story indexes posted under it
  (JSON list, least recently updated first);
- ``clusterer_stories``: per story (by founding ``idx``) its centroids,
  recent members and dates (JSON), its member count and last member;
- ``clusterer_members``: per clustered article, its story, its position in
  it and the membership evidence (JSON list);
- ``story_writes``: one counter, raised by triggers on every change of
  ``stories`` and ``story_articles``. The clusterer is saved with the last
  story an update writes, so the counter equals the saved one unless stories
  were written otherwise since (an update killed between its transactions,
  ``--one-story``, a hand edit); only then are all stories compared with the
  saved clusterer (:func:`stale_story_ids`), which costs a scan of them.

Every write happens inside the caller's transaction, the one that writes the
stories made with it (see ``Store.put_stories``), so state and stories never
disagree after a crash. JSON, never pickle: a store file may come from
elsewhere.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from typing import Any

from newsprism.link.cluster_state import StateChanges, StateError, StateHeader
from newsprism.store.schema import run_script

__all__ = [
    "RowSource",
    "SavedClusterer",
    "SavedHeader",
    "clear_clusterer",
    "covered_prefix",
    "create_tables",
    "migrate_blob",
    "read_header",
    "save_clusterer",
    "stale_story_ids",
]

_TABLES = (
    "clusterer_meta",
    "clusterer_df",
    "clusterer_postings",
    "clusterer_stories",
    "clusterer_members",
)

CREATE = """
CREATE TABLE clusterer_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n_articles INTEGER NOT NULL,
    last_article_id TEXT,
    version INTEGER NOT NULL,
    settings TEXT NOT NULL,
    docs INTEGER NOT NULL,
    n_stories INTEGER NOT NULL,
    story_writes INTEGER NOT NULL
);
CREATE TABLE clusterer_df (
    term TEXT PRIMARY KEY,
    n INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE clusterer_postings (
    term TEXT PRIMARY KEY,
    stories TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE clusterer_stories (
    idx INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    n_members INTEGER NOT NULL,
    last_article_id TEXT NOT NULL,
    state TEXT NOT NULL
);
CREATE TABLE clusterer_members (
    article_id TEXT PRIMARY KEY,
    story_idx INTEGER NOT NULL,
    position INTEGER NOT NULL,
    membership TEXT NOT NULL,
    UNIQUE (story_idx, position)
);
CREATE TABLE story_writes (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n INTEGER NOT NULL
);
INSERT INTO story_writes (id, n) VALUES (1, 0);
""" + "".join(
    f"""
CREATE TRIGGER {table}_written_{event.lower()} AFTER {event} ON {table} BEGIN
    UPDATE story_writes SET n = n + 1 WHERE id = 1;
END;"""
    for table in ("stories", "story_articles")
    for event in ("INSERT", "UPDATE", "DELETE")
)


@dataclass(frozen=True, slots=True)
class SavedHeader:
    """A saved clusterer's header: which articles it covers, and its own header.

    ``stories_match``: no story was written since it was saved except with it
    (see ``story_writes`` in the module docstring).
    """

    n_articles: int
    last_article_id: str | None
    state: StateHeader
    stories_match: bool = True


@dataclass(frozen=True, slots=True)
class SavedClusterer:
    """A clusterer to save: it covers the first ``n_articles`` (the last is ``last_article_id``).

    ``base`` is ``(n_articles, last_article_id)`` of the saved clusterer that
    ``changes`` continue (None for complete changes, which replace all rows):
    the changes are written only when the saved one is still that (another
    process may have saved its own meanwhile; the next update reconciles).
    """

    n_articles: int
    last_article_id: str | None
    base: tuple[int, str | None] | None
    changes: StateChanges


def create_tables(db: sqlite3.Connection) -> None:
    """Create the clusterer's tables (inside the caller's transaction)."""
    run_script(db, CREATE)


def read_header(db: sqlite3.Connection) -> SavedHeader | None:
    """The saved clusterer's header, or None when there is none or it is not readable."""
    row = db.execute(
        "SELECT n_articles, last_article_id, version, settings, docs, n_stories,"
        " story_writes = (SELECT n FROM story_writes WHERE id = 1)"
        " FROM clusterer_meta WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    try:
        settings = json.loads(row[3])
    except ValueError:
        return None
    if not isinstance(settings, dict):
        return None
    return SavedHeader(
        n_articles=int(row[0]),
        last_article_id=row[1],
        state=StateHeader(
            version=int(row[2]), settings=settings, docs=int(row[4]), n_stories=int(row[5])
        ),
        stories_match=bool(row[6]),
    )


def covered_prefix(db: sqlite3.Connection, header: SavedHeader) -> int | None:
    """The arrival ``seq`` of the saved clusterer's last article when it still fits, else None.

    It fits when the stored arrival order starts with exactly the articles it
    covered: its last article is stored and is one of its members, as many
    articles arrived up to it as it has members, and that is ``n_articles``.
    Articles are only ever appended (a store never deletes or reorders them),
    so these counts, cheap in SQLite, stand for comparing the ids.
    """
    if header.n_articles <= 0 or header.last_article_id is None:
        return None
    row = db.execute(
        "SELECT a.seq FROM articles a JOIN clusterer_members m ON m.article_id = a.id"
        " WHERE a.id = ?",
        (header.last_article_id,),
    ).fetchone()
    if row is None:
        return None
    seq = int(row[0])
    (total,) = db.execute("SELECT count(*) FROM articles").fetchone()
    (after,) = db.execute("SELECT count(*) FROM articles WHERE seq > ?", (seq,)).fetchone()
    (members,) = db.execute("SELECT count(*) FROM clusterer_members").fetchone()
    return seq if total - after == members == header.n_articles else None


class RowSource:
    """The saved clusterer's rows as a :class:`~newsprism.link.cluster_state.StateSource`.

    Reads through ``db`` under ``lock``; the caller holds one read snapshot
    (``Store.snapshot``) while the restored clusterer reads, so every row comes
    from the same committed state.
    """

    def __init__(self, db: sqlite3.Connection, lock: threading.RLock, header: SavedHeader) -> None:
        self._db = db
        self._lock = lock
        self._header = header

    def header(self) -> StateHeader:
        return self._header.state

    def _one(self, sql: str, key: object) -> Any:
        with self._lock:
            row = self._db.execute(sql, (key,)).fetchone()
        return None if row is None else row[0]

    def doc_frequency(self, key: str) -> int | None:
        value = self._one("SELECT n FROM clusterer_df WHERE term = ?", key)
        return None if value is None else int(value)

    def posting(self, key: str) -> list[int] | None:
        raw = self._one("SELECT stories FROM clusterer_postings WHERE term = ?", key)
        if raw is None:
            return None
        value = _json(raw, f"posting of {key!r}")
        if not isinstance(value, list) or not all(isinstance(i, int) for i in value):
            raise StateError(f"damaged clusterer posting of {key!r}: not a list of indexes")
        return value

    def story_index(self, story_id: str) -> int | None:
        value = self._one("SELECT idx FROM clusterer_stories WHERE id = ?", story_id)
        return None if value is None else int(value)

    def story(self, index: int) -> tuple[dict[str, Any], list[list[Any]]]:
        with self._lock:
            row = self._db.execute(
                "SELECT n_members, state FROM clusterer_stories WHERE idx = ?", (index,)
            ).fetchone()
            members = self._db.execute(
                "SELECT membership FROM clusterer_members WHERE story_idx = ? ORDER BY position",
                (index,),
            ).fetchall()
        if row is None:
            raise StateError(f"damaged clusterer state: no story at index {index}")
        state = _json(row[1], f"story {index}")
        memberships = [_json(m, f"a member of story {index}") for (m,) in members]
        if not isinstance(state, dict) or len(memberships) != int(row[0]):
            raise StateError(
                f"damaged clusterer story {index}: {len(memberships)} member rows for {row[0]}"
            )
        return state, memberships

    def has_article(self, article_id: str) -> bool:
        found = self._one("SELECT 1 FROM clusterer_members WHERE article_id = ?", article_id)
        return found is not None


def save_clusterer(db: sqlite3.Connection, saved: SavedClusterer) -> bool:
    """Write ``saved`` inside the caller's transaction; False when its base is no longer saved.

    Complete changes replace every row; others update and add rows. Call it
    after the stories of the same transaction are written (it records
    ``story_writes``).
    """
    changes = saved.changes
    if changes.complete:
        clear_clusterer(db)
    else:
        current = db.execute(
            "SELECT n_articles, last_article_id FROM clusterer_meta WHERE id = 1"
        ).fetchone()
        if current is None or tuple(current) != saved.base:
            return False
    header = changes.header
    db.execute(
        "INSERT OR REPLACE INTO clusterer_meta"
        " (id, n_articles, last_article_id, version, settings, docs, n_stories, story_writes)"
        " VALUES (1, ?, ?, ?, ?, ?, ?, (SELECT n FROM story_writes WHERE id = 1))",
        (
            saved.n_articles,
            saved.last_article_id,
            header.version,
            _dumps(header.settings),
            header.docs,
            header.n_stories,
        ),
    )
    db.executemany(
        "INSERT OR REPLACE INTO clusterer_df (term, n) VALUES (?, ?)", changes.df.items()
    )
    db.executemany(
        "INSERT OR REPLACE INTO clusterer_postings (term, stories) VALUES (?, ?)",
        ((k, _dumps(v)) for k, v in changes.postings.items()),
    )
    db.executemany(
        "INSERT OR REPLACE INTO clusterer_stories (idx, id, n_members, last_article_id, state)"
        " VALUES (?, ?, ?, ?, ?)",
        ((s.index, s.id, s.n_members, s.last_article_id, _dumps(s.state)) for s in changes.stories),
    )
    db.executemany(
        "INSERT OR REPLACE INTO clusterer_members (article_id, story_idx, position, membership)"
        " VALUES (?, ?, ?, ?)",
        ((m.article_id, m.story_index, m.position, _dumps(m.membership)) for m in changes.members),
    )
    return True


def clear_clusterer(db: sqlite3.Connection) -> None:
    """Forget the saved clusterer (inside the caller's transaction)."""
    for table in _TABLES:
        db.execute(f"DELETE FROM {table}")


def stale_story_ids(db: sqlite3.Connection) -> list[str]:
    """Stories whose stored members may differ from the saved clusterer's, and stories missing.

    A stored story with another member count or last member than the saved
    clusterer's story of that id, a stored story the saved clusterer does not
    have, and a saved clusterer's story not stored. After a completed update
    there are none; after one killed between its transactions, these are the
    stories to check (the others match, as the clusterer only appends members).
    """
    rows = db.execute(
        """
        SELECT s.id FROM stories s LEFT JOIN clusterer_stories c ON c.id = s.id
        WHERE c.id IS NULL OR c.n_members != s.n_reports OR NOT EXISTS (
            SELECT 1 FROM story_articles a
            WHERE a.story_id = s.id AND a.position = c.n_members - 1
              AND a.article_id = c.last_article_id)
        UNION
        SELECT c.id FROM clusterer_stories c
        WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = c.id)
        """
    ).fetchall()
    return sorted(r[0] for r in rows)


def migrate_blob(db: sqlite3.Connection) -> None:
    """Schema 2 -> 3: the one-row JSON state becomes rows; an unreadable one is dropped.

    Dropping costs only time: the next update re-clusters every article.
    """
    from newsprism.link.cluster import StoryClusterer

    create_tables(db)
    row = db.execute(
        "SELECT n_articles, last_article_id, state FROM clusterer WHERE id = 1"
    ).fetchone()
    db.execute("DROP TABLE clusterer")
    if row is None:
        return
    try:
        clusterer = StoryClusterer.from_state(json.loads(row[2]))
    except ValueError:
        return
    save_clusterer(db, SavedClusterer(int(row[0]), row[1], None, clusterer.changes()))


def _json(raw: str, what: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise StateError(f"damaged clusterer {what}: not JSON ({exc})") from exc


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
