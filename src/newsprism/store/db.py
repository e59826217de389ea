"""The store: one SQLite file holding articles, rejections and story dossiers.

Why SQLite and not DuckDB (measured by ``benchmarks/store_engines.py`` on
this 2-core machine; figures in the module's output and the report):

- the write pattern is many small transactions (a batch of articles, one
  story); SQLite in WAL mode committed 10,900 one-row transactions/s,
  DuckDB 2.0.0 465/s (its commit is built for bulk analytic loads);
- the read pattern is point look-ups (one story by id for the web UI): a
  median 11 µs from 20,000 documents in SQLite, 508 µs in DuckDB;
- the web UI reads while ``newsprism add`` writes, from another process:
  SQLite's WAL lets any number of readers see the last committed state
  during a commit, while DuckDB locks the file for one writing process and a
  second process cannot even open it read-only;
- both survive ``kill -9`` without losing a commit; SQLite additionally ships
  with Python (no dependency to pin) and has FTS5 for the search box.

Durability: WAL with ``synchronous=NORMAL``. A commit survives the process
being killed at any moment (it is in the WAL, which the next opener
replays); only an operating-system crash or power loss can roll back the
last few commits, never corrupt the file. Every write method is one
transaction, so a story is either wholly the old version or wholly the new.

Thread safety: one connection per :class:`Store`, shared under a lock, so a
web server may call one store from several threads; separate processes open
their own :class:`Store` on the same file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from newsprism import __version__
from newsprism.errors import NewsprismError
from newsprism.model import Analysis, Article, Rejection, Story
from newsprism.store.clusterer_rows import (
    RowSource,
    SavedClusterer,
    SavedHeader,
    clear_clusterer,
    covered_prefix,
    read_header,
    save_clusterer,
    stale_story_ids,
)
from newsprism.store.codec import (
    article_from_dict,
    article_to_dict,
    rejection_from_dict,
    story_from_dict,
    story_to_dict,
)
from newsprism.store.records import SearchHit, StorySummary
from newsprism.store.schema import MIGRATIONS, SCHEMA_VERSION
from newsprism.store.search import search

__all__ = ["Store", "StoreError"]

_CHUNK = 500  # ids per IN (...) query, below SQLite's variable limit

_log = logging.getLogger(__name__)


class StoreError(NewsprismError):
    """The database cannot be used (newer schema, not a newsprism store, locked)."""


class Store:
    """An embedded, incremental database of articles and stories (see the module docstring)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(
                str(self.path), isolation_level=None, check_same_thread=False, timeout=30.0
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot open as a newsprism store ({exc}); "
                "give a new file name or an existing newsprism database"
            ) from exc

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection; committed data is already safe on disk."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has store schema version {version}, newer than this newsprism "
                f"({__version__}, version {SCHEMA_VERSION}): upgrade newsprism to open it"
            )
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            with self._write():
                current = int(self._db.execute("PRAGMA user_version").fetchone()[0])
                if current >= number:  # another process migrated meanwhile
                    continue
                migration(self._db)
                self._db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; taken immediately so two writers queue instead of failing."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One read snapshot, so several queries see the same committed state.

        Inside an open one (see :meth:`snapshot`) it is that one.
        """
        with self._lock:
            if self._db.in_transaction:
                yield self._db
                return
            self._db.execute("BEGIN")
            try:
                yield self._db
            finally:
                self._db.execute("COMMIT")

    # -- articles and rejections -----------------------------------------------------------

    def add_articles(self, articles: Sequence[Article]) -> list[str]:
        """Add articles in one transaction; return the ids actually added, in order.

        A report already stored is skipped: the same id with the same cleaned
        text or the same raw input (a re-run; cleaning may differ with the
        batch it ran in), or the same cleaned text from the same outlet under
        another id. Identical text from *another* outlet is kept: syndication
        is a finding. A new report whose id is taken gets ``-2``, ``-3``…, as
        the clean stage does within a run; the returned id is the stored one.
        """
        added: list[str] = []
        now = _now()
        with self._write() as db:
            for article in articles:
                text_hash = _sha(article.text)
                raw_hash = _sha(article.raw_text)
                row = db.execute(
                    "SELECT text_hash, raw_hash FROM articles WHERE id = ?", (article.id,)
                ).fetchone()
                if row is not None and (row[0] == text_hash or row[1] == raw_hash):
                    continue
                same = db.execute(
                    "SELECT 1 FROM articles WHERE text_hash = ? AND outlet IS ? LIMIT 1",
                    (text_hash, article.outlet),
                ).fetchone()
                if same is not None:
                    continue
                article_id = article.id if row is None else self._free_id(db, article.id)
                doc = article_to_dict(article)
                doc["id"] = article_id
                del doc["text"]
                db.execute(
                    "INSERT INTO articles (id, text_hash, raw_hash, outlet, title, published,"
                    " added_at, text, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article_id,
                        text_hash,
                        raw_hash,
                        article.outlet,
                        article.title,
                        article.published,
                        now,
                        article.text,
                        _dumps(doc),
                    ),
                )
                added.append(article_id)
        return added

    @staticmethod
    def _free_id(db: sqlite3.Connection, base: str) -> str:
        n = 2
        while db.execute("SELECT 1 FROM articles WHERE id = ?", (f"{base}-{n}",)).fetchone():
            n += 1
        return f"{base}-{n}"

    def add_rejections(self, rejections: Sequence[Rejection]) -> None:
        """Record inputs that did not become articles; the same rejection is kept once."""
        now = _now()
        with self._write() as db:
            db.executemany(
                "INSERT OR IGNORE INTO rejections (source, kind, reason, added_at)"
                " VALUES (?, ?, ?, ?)",
                [(r.source, r.kind, r.reason, now) for r in rejections],
            )

    def article(self, article_id: str) -> Article | None:
        """One article by id, or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT text, doc FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return None if row is None else _article(row[0], row[1])

    def articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        """All articles, or those of ``ids`` that exist, in arrival order."""
        with self._read() as db:
            if ids is None:
                rows = db.execute("SELECT seq, text, doc FROM articles ORDER BY seq").fetchall()
            else:
                rows = []
                unique = list(dict.fromkeys(ids))
                for i in range(0, len(unique), _CHUNK):
                    chunk = unique[i : i + _CHUNK]
                    marks = ",".join("?" * len(chunk))
                    rows += db.execute(
                        f"SELECT seq, text, doc FROM articles WHERE id IN ({marks})", chunk
                    ).fetchall()
                rows.sort(key=lambda r: r[0])
        return [_article(text, doc) for _, text, doc in rows]

    def articles_after(self, seq: int) -> list[Article]:
        """The articles that arrived after arrival ``seq`` (0: all), in arrival order."""
        with self._read() as db:
            rows = db.execute(
                "SELECT text, doc FROM articles WHERE seq > ? ORDER BY seq", (seq,)
            ).fetchall()
        return [_article(text, doc) for text, doc in rows]

    def article_ids(self) -> list[str]:
        """Every article id in arrival order (cheap: no documents)."""
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT id FROM articles ORDER BY seq")]

    def rejections(self) -> list[Rejection]:
        """Every recorded rejection, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT source, reason, kind FROM rejections ORDER BY seq"
            ).fetchall()
        return [rejection_from_dict({"source": s, "reason": r, "kind": k}) for s, r, k in rows]

    # -- stories ---------------------------------------------------------------------------

    def put_stories(
        self, stories: Sequence[Story], *, clusterer: SavedClusterer | None = None
    ) -> None:
        """Write (or replace) these stories, all in one transaction.

        ``clusterer`` is saved in the same transaction, so the saved clusterer
        and the stories written with it are committed together or not at all.
        """
        now = _now()
        with self._write() as db:
            for story in stories:
                self._put_story(db, story, now)
            if clusterer is not None:
                self._save_clusterer(db, clusterer)

    @staticmethod
    def _save_clusterer(db: sqlite3.Connection, clusterer: SavedClusterer) -> None:
        if not save_clusterer(db, clusterer):
            _log.warning(
                "the saved story clusterer changed during this update (another newsprism add?);"
                " kept that one: the next update reconciles the stories"
            )

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Hold one read snapshot: every read inside the block sees the same committed state.

        ``newsprism add`` clusters inside one, so a restored clusterer reads its
        rows from one state even while another process commits.
        """
        with self._read():
            yield

    def clusterer_header(self) -> SavedHeader | None:
        """The saved clusterer's header, or None (none saved, or not readable)."""
        with self._read() as db:
            return read_header(db)

    def clusterer_fit(self, header: SavedHeader) -> int | None:
        """The arrival ``seq`` of the saved clusterer's last article when it still fits, else None.

        It fits when the arrival order starts with exactly the articles it covered.
        """
        with self._read() as db:
            return covered_prefix(db, header)

    def clusterer_source(self, header: SavedHeader) -> RowSource:
        """The saved clusterer's rows for ``StoryClusterer.from_source`` (read in a snapshot)."""
        return RowSource(self._db, self._lock, header)

    def clear_clusterer_state(self) -> None:
        """Forget the saved clusterer (the next update re-clusters from scratch)."""
        with self._write() as db:
            clear_clusterer(db)

    def stale_story_ids(self) -> list[str]:
        """Stories whose stored members may differ from the saved clusterer's (see
        :func:`~newsprism.store.clusterer_rows.stale_story_ids`); none after a completed update."""
        with self._read() as db:
            return stale_story_ids(db)

    def _put_story(self, db: sqlite3.Connection, story: Story, now: str) -> None:
        meta: dict[str, tuple[int, str | None, str | None, str | None, str]] = {}
        ids = list(story.article_ids)
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for aid, seq, title, outlet, published, added in db.execute(
                "SELECT id, seq, title, outlet, published, added_at FROM articles"
                f" WHERE id IN ({marks})",
                chunk,
            ):
                meta[aid] = (seq, title, outlet, published, added)
        missing = [a for a in ids if a not in meta]
        if missing:
            raise StoreError(
                f"story {story.id} names articles not in the store: {missing[:5]}; "
                "add the articles before their story"
            )
        found = [meta[a] for a in ids]
        published = sorted(p for _, _, _, p, _ in found if p)
        outlets = list(dict.fromkeys(o for _, _, o, _, _ in found if o))
        last_added = max((a for *_, a in found), default=now)
        db.execute("DELETE FROM story_articles WHERE story_id = ?", (story.id,))
        db.execute("DELETE FROM quotes_fts WHERE story_id = ?", (story.id,))
        db.execute(
            "INSERT INTO stories (id, first_seq, title, n_reports, outlets, first_published,"
            " last_published, sort_key, updated_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET first_seq = excluded.first_seq,"
            " title = excluded.title, n_reports = excluded.n_reports,"
            " outlets = excluded.outlets, first_published = excluded.first_published,"
            " last_published = excluded.last_published, sort_key = excluded.sort_key,"
            " updated_at = excluded.updated_at, doc = excluded.doc",
            (
                story.id,
                min((s for s, *_ in found), default=0),
                found[0][1] if found else None,
                len(ids),
                _dumps(outlets),
                published[0] if published else None,
                published[-1] if published else None,
                published[-1] if published else last_added,
                now,
                _dumps(story_to_dict(story)),
            ),
        )
        db.executemany(
            "INSERT INTO story_articles (story_id, position, article_id) VALUES (?, ?, ?)",
            [(story.id, i, a) for i, a in enumerate(ids)],
        )
        db.executemany(
            "INSERT INTO quotes_fts (text, quote_id, article_id, story_id, start, stop)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(q.text, q.id, q.article_id, story.id, q.start, q.end) for q in story.quotes],
        )

    def remove_stories(
        self, story_ids: Sequence[str], *, clusterer: SavedClusterer | None = None
    ) -> None:
        """Delete stories (e.g. after re-clustering with other settings), in one transaction.

        ``clusterer`` is saved in the same transaction, as in :meth:`put_stories`.
        """
        with self._write() as db:
            for sid in story_ids:
                db.execute("DELETE FROM stories WHERE id = ?", (sid,))
                db.execute("DELETE FROM story_articles WHERE story_id = ?", (sid,))
                db.execute("DELETE FROM quotes_fts WHERE story_id = ?", (sid,))
            if clusterer is not None:
                self._save_clusterer(db, clusterer)

    def story(self, story_id: str) -> Story | None:
        """One story's dossier by id, or None."""
        with self._lock:
            row = self._db.execute("SELECT doc FROM stories WHERE id = ?", (story_id,)).fetchone()
        return None if row is None else story_from_dict(json.loads(row[0]))

    def story_article_ids(self) -> dict[str, tuple[str, ...]]:
        """Every stored story's article ids, stories in founding order (cheap: no dossiers)."""
        result: dict[str, tuple[str, ...]] = {}
        with self._read() as db:
            for (sid,) in db.execute("SELECT id FROM stories ORDER BY first_seq, id"):
                result[sid] = ()
            rows = db.execute(
                "SELECT story_id, article_id FROM story_articles ORDER BY story_id, position"
            ).fetchall()
        members: dict[str, list[str]] = {}
        for sid, aid in rows:
            members.setdefault(sid, []).append(aid)
        return {sid: tuple(members.get(sid, ())) for sid in result}

    def story_members(self, story_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """The stored article ids of these stories (those stored), in member order."""
        members: dict[str, list[str]] = {}
        with self._read() as db:
            for sid in dict.fromkeys(story_ids):
                rows = db.execute(
                    "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position",
                    (sid,),
                ).fetchall()
                if rows or db.execute("SELECT 1 FROM stories WHERE id = ?", (sid,)).fetchone():
                    members[sid] = [r[0] for r in rows]
        return {sid: tuple(ids) for sid, ids in members.items()}

    def story_count(self) -> int:
        """How many stories are stored (cheap)."""
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM stories").fetchone()[0])

    def stories(self) -> list[StorySummary]:
        """Every story, newest first: by latest publication time, else latest arrival."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, title, n_reports, outlets, first_published, last_published, updated_at"
                " FROM stories ORDER BY sort_key DESC, id"
            ).fetchall()
        return [
            StorySummary(
                id=r[0],
                title=r[1],
                n_reports=r[2],
                outlets=tuple(json.loads(r[3])),
                first_published=r[4],
                last_published=r[5],
                updated_at=r[6],
            )
            for r in rows
        ]

    # -- search and export -----------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Articles (title, text) and quotes matching every word of ``query``, best first.

        See :func:`newsprism.store.search.search` for how words are matched.
        """
        with self._read() as db:
            return search(db, query, limit)

    def analysis(self) -> Analysis:
        """Everything stored, as the JSON document of ``newsprism analyze``."""
        with self._read() as db:
            rows = db.execute("SELECT text, doc FROM articles ORDER BY seq").fetchall()
            story_rows = db.execute("SELECT doc FROM stories ORDER BY first_seq, id").fetchall()
            rejection_rows = db.execute(
                "SELECT source, reason, kind FROM rejections ORDER BY seq"
            ).fetchall()
        articles = tuple(_article(text, doc) for text, doc in rows)
        rejected = tuple(
            rejection_from_dict({"source": s, "reason": r, "kind": k}) for s, r, k in rejection_rows
        )
        return Analysis(
            articles=articles,
            rejected=rejected,
            stories=tuple(story_from_dict(json.loads(doc)) for (doc,) in story_rows),
            inputs=len(articles) + len(rejected),
            generator={"name": "newsprism", "version": __version__},
        )


def _article(text: str, doc: str) -> Article:
    data: dict[str, Any] = json.loads(doc)
    data["text"] = text
    return article_from_dict(data)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
