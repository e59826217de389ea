"""The store's tables, as ordered migrations recorded in ``PRAGMA user_version``.

Why migrations as functions: a store outlives the code that created it (a
monitoring user keeps one database for months), so each schema change is a
new function appended to :data:`MIGRATIONS`, never an edit of an old one. Opening
a store applies the missing ones, each in its own transaction together with
the version bump, so an interrupted upgrade leaves the previous version intact.

Layout (version 1):

- ``articles``: one row per article in arrival order (``seq``); the record as
  JSON in ``doc`` without its ``text``, which has its own column so that the
  full-text index can read it (external content, stored once).
  ``text_hash``/``raw_hash`` (SHA-256) recognise a report already stored.
- ``articles_fts``: FTS5 over ``title`` and ``text`` of ``articles``.
- ``rejections``: inputs that did not become articles, each reason once.
- ``stories``: one row per story with the summary columns the list view needs
  and the whole dossier as JSON in ``doc``; ``first_seq`` (arrival of the
  founding article) orders stories as the clusterer founded them.
- ``story_articles``: membership, for "which story is this article in".
- ``quotes_fts``: FTS5 over every quote of every stored story.

Version 2 adds ``clusterer``: at most one row, the saved state of the online
clusterer (JSON, see :meth:`StoryClusterer.to_state`) after the first
``n_articles`` articles in arrival order, the last of which is
``last_article_id``; ``settings`` (JSON) are the clustering settings it was
made with. ``newsprism add`` continues from it instead of re-clustering all.

Version 3 replaces that one JSON row (84 MB at 20,000 articles, read and
rewritten by every ``add``) with rows read on demand and written by what
changed: ``clusterer_meta``, ``clusterer_df``, ``clusterer_postings``,
``clusterer_stories`` and ``clusterer_members`` (see
:mod:`newsprism.store.clusterer_rows`). A saved version-2 state is converted;
one that cannot be read is dropped (the next update re-clusters).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "run_script"]


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Execute statements one by one, inside the caller's transaction.

    ``executescript`` would commit the open transaction first, which would
    separate a migration from its version bump.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:80]}")


def _v1(db: sqlite3.Connection) -> None:
    run_script(
        db,
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            text_hash TEXT NOT NULL,
            raw_hash TEXT NOT NULL,
            outlet TEXT,
            title TEXT,
            published TEXT,
            added_at TEXT NOT NULL,
            text TEXT NOT NULL,
            doc TEXT NOT NULL
        );
        CREATE INDEX articles_text_hash ON articles (text_hash);
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, text, content='articles', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title, text)
            VALUES (new.seq, coalesce(new.title, ''), new.text);
        END;
        CREATE TABLE rejections (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            kind TEXT NOT NULL,
            reason TEXT NOT NULL,
            added_at TEXT NOT NULL,
            UNIQUE (source, kind, reason)
        );
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            first_seq INTEGER NOT NULL,
            title TEXT,
            n_reports INTEGER NOT NULL,
            outlets TEXT NOT NULL,
            first_published TEXT,
            last_published TEXT,
            sort_key TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            doc TEXT NOT NULL
        );
        CREATE INDEX stories_sort ON stories (sort_key DESC, id);
        CREATE INDEX stories_first_seq ON stories (first_seq);
        CREATE TABLE story_articles (
            story_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (story_id, position)
        );
        CREATE INDEX story_articles_article ON story_articles (article_id);
        CREATE VIRTUAL TABLE quotes_fts USING fts5 (
            text, quote_id UNINDEXED, article_id UNINDEXED, story_id UNINDEXED,
            start UNINDEXED, stop UNINDEXED,
            tokenize='unicode61 remove_diacritics 2'
        );
        """,
    )


def _v2(db: sqlite3.Connection) -> None:
    run_script(
        db,
        """
        CREATE TABLE clusterer (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            n_articles INTEGER NOT NULL,
            last_article_id TEXT,
            settings TEXT NOT NULL,
            state TEXT NOT NULL
        );
        """,
    )


def _v3(db: sqlite3.Connection) -> None:
    from newsprism.store.clusterer_rows import migrate_blob

    migrate_blob(db)


Migration = Callable[[sqlite3.Connection], None]

#: Ordered; the store's ``user_version`` is the number of them applied.
MIGRATIONS: tuple[Migration, ...] = (_v1, _v2, _v3)
SCHEMA_VERSION = len(MIGRATIONS)
