"""The saved story clusterer: one row of JSON beside the stories it produced.

Written in the same transaction as the stories (see ``Store.put_stories``), so
state and stories never disagree after a crash. JSON, never pickle: a store
file may come from elsewhere.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

ClustererState = tuple[int, str | None, dict[str, Any]]


def read_clusterer(db: sqlite3.Connection) -> ClustererState | None:
    """``(n_articles, last_article_id, state)``, or None when absent or not valid JSON."""
    row = db.execute(
        "SELECT n_articles, last_article_id, state FROM clusterer WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    try:
        state = json.loads(row[2])
    except ValueError:
        return None
    if not isinstance(state, dict):
        return None
    return int(row[0]), row[1], state


def save_clusterer(db: sqlite3.Connection, clusterer: ClustererState) -> None:
    """Replace the saved clusterer (inside the caller's transaction)."""
    n_articles, last_article_id, state = clusterer
    db.execute(
        "INSERT OR REPLACE INTO clusterer (id, n_articles, last_article_id, settings, state)"
        " VALUES (1, ?, ?, ?, ?)",
        (
            n_articles,
            last_article_id,
            json.dumps(state.get("settings"), ensure_ascii=False, separators=(",", ":")),
            json.dumps(state, separators=(",", ":")),
        ),
    )
