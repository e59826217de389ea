"""Full-text search over stored articles (title, text) and quotes, with FTS5.

Why FTS5 and offsets by markers: FTS5 ranks with BM25 and handles case and
accents, but gives no character offsets; ``highlight()`` with two control
characters that cleaned text never contains marks the first match, whose
position in the marked text is its offset in the article's text.
"""

from __future__ import annotations

import re
import sqlite3

from newsprism.store.records import SearchHit

__all__ = ["search"]

_SNIPPET = 80  # characters of context either side of a search hit
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"


def search(db: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Articles (title, text) and quotes matching every word of ``query``, best first.

    Words are matched as FTS5 tokens (case and accents ignored), the last
    one also as a prefix, so a search box can query as the user types.
    Any punctuation in ``query`` is ignored rather than parsed as FTS syntax.
    """
    match = _fts_query(query)
    if match is None or limit <= 0:
        return []
    quotes = db.execute(
        "SELECT bm25(quotes_fts), article_id, story_id, text, start, stop"
        " FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY bm25(quotes_fts) LIMIT ?",
        (match, limit),
    ).fetchall()
    articles = db.execute(
        "SELECT bm25(articles_fts), a.id, a.title,"
        " highlight(articles_fts, 1, ?, ?),"
        " (SELECT story_id FROM story_articles s WHERE s.article_id = a.id LIMIT 1)"
        " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
        " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?",
        (_MARK_OPEN, _MARK_CLOSE, match, limit),
    ).fetchall()
    hits: list[tuple[float, SearchHit]] = []
    for rank, aid, sid, text, start, stop in quotes:
        hits.append((rank, SearchHit("quote", aid, sid, text, int(start), int(stop))))
    for rank, aid, title, marked, sid in articles:
        hits.append((rank, _article_hit(aid, sid, title, marked)))
    hits.sort(key=lambda pair: pair[0])
    return [hit for _, hit in hits[:limit]]


def _article_hit(
    article_id: str, story_id: str | None, title: str | None, marked: str
) -> SearchHit:
    """A hit in an article: its span in the text (None when only the title matched)."""
    start = marked.find(_MARK_OPEN)
    if start < 0:
        return SearchHit("article", article_id, story_id, title or "", None, None)
    end = marked.find(_MARK_CLOSE, start) - 1
    plain = marked.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")
    left = max(0, start - _SNIPPET)
    right = min(len(plain), end + _SNIPPET)
    snippet = " ".join(plain[left:right].split())
    snippet = ("…" if left else "") + snippet + ("…" if right < len(plain) else "")
    return SearchHit("article", article_id, story_id, snippet, start, end)


def _fts_query(query: str) -> str | None:
    words = re.findall(r"\w+", query)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)
