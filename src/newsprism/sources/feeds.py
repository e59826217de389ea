"""RSS/Atom feeds: each entry becomes one raw document (feedparser on bytes fetched here).

feedparser never fetches anything itself: it is handed the bytes newsprism
already fetched (as a stream, so it cannot take them for a URL or a file
name). Where an entry's text comes from, best first:

1. the feed's full content (``content:encoded``, Atom ``content``): source
   ``FEED#item-N``;
2. the entry's link, fetched like any page (safety checks, robots.txt) when
   ``fetch_linked_articles`` is on: source is the link;
3. as a last resort the summary (``description``), only when it is long enough to be the
   article itself (many RSS 2.0 feeds put the full text there): source
   ``FEED#item-N-summary``. A short teaser is *rejected* ("feed gives only a
   summary"): comparing outlets on two-line teasers would report every claim
   as missing from them.
"""

from __future__ import annotations

import hashlib
import io
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

import feedparser  # type: ignore[import-untyped]

from newsprism.model import InputFormat, RawDocument, Rejection
from newsprism.sources.pages import Failure

SUMMARY_MIN_WORDS = 150
"""A summary with at least this many words is taken as the full article."""

FetchArticle = Callable[[str], RawDocument | Failure]
_HTML_CONTENT = ("text/html", "application/xhtml+xml")
_TAG = re.compile(r"<[^>]*>")


def entry_key(entry: Any) -> str | None:
    """What identifies an entry across polls: its id (guid), else its link, else None."""
    for field in ("id", "link"):
        value = entry.get(field)
        if isinstance(value, str) and value.strip():
            return f"{field}:{value.strip()}"
    return None


def stable_id(feed_url: str, entry_id: str) -> str:
    """``f`` + 16 hex digits of SHA-256 of the entry id (scoped by the feed when not a URI).

    A guid that is a URI (``https://…``, ``tag:…``, ``urn:…``) is global, so
    the same entry read from two feeds gets the same id; a bare guid
    (``"1234"``) is only unique within its feed.
    """
    scoped = (
        entry_id if re.match(r"^[a-z][a-z0-9+.-]*:", entry_id, re.I) else f"{feed_url} {entry_id}"
    )
    return "f" + hashlib.sha256(scoped.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse_feed(body: bytes, content_type: str, feed_url: str) -> Any:
    """feedparser's result for bytes already fetched (no network, no file access)."""
    return feedparser.parse(
        io.BytesIO(body),
        response_headers={"content-type": content_type, "content-location": feed_url},
        sanitize_html=True,
        resolve_relative_uris=True,
    )


def feed_documents(
    body: bytes,
    content_type: str,
    feed_url: str,
    *,
    fetch_article: FetchArticle | None,
    seen: set[str] | None = None,
) -> Iterator[RawDocument | Rejection]:
    """Every entry of the feed as a raw document or a rejection, in feed order.

    With ``seen``, entries whose key (:func:`entry_key`) is in it are skipped,
    and the key of every entry settled now (a document, or a rejection that
    will not change by retrying) is added to it.
    """
    parsed = parse_feed(body, content_type, feed_url)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("version"):
            problem = parsed.get("bozo_exception")
            yield Rejection(
                feed_url, f"not a readable RSS/Atom feed ({problem}); check the URL", "malformed"
            )
        else:
            yield Rejection(feed_url, "the feed has no entries", "empty")
        return
    feed = parsed.get("feed") or {}
    outlet = _text(feed.get("title")) or urlsplit(feed_url).hostname
    encoding = parsed.get("encoding") or None
    for n, entry in enumerate(entries, 1):
        key = entry_key(entry)
        if seen is not None and key is not None and key in seen:
            continue
        item, settled = _entry_document(entry, n, feed_url, outlet, encoding, fetch_article)
        if seen is not None and key is not None and settled:
            seen.add(key)
        yield item


def _entry_document(
    entry: Any,
    n: int,
    feed_url: str,
    outlet: str | None,
    encoding: str | None,
    fetch_article: FetchArticle | None,
) -> tuple[RawDocument | Rejection, bool]:
    link = _text(entry.get("link"))
    entry_id = _text(entry.get("id"))
    fields: dict[str, Any] = {
        "title": _text(entry.get("title")),
        "url": link,
        "published": _published(entry),
        "outlet": outlet,
        "id": stable_id(feed_url, entry_id) if entry_id else None,
    }
    source = f"{feed_url}#item-{n}"
    content = _full_content(entry)
    if content is not None:
        text, fmt = content
        return _document(source, text, fmt, encoding, fields), True
    summary = _text(entry.get("summary"))
    words = len(_TAG.sub(" ", summary or "").split())
    long_summary = summary if words >= SUMMARY_MIN_WORDS else None
    if link is not None and fetch_article is not None:
        fetched = fetch_article(link)
        if isinstance(fetched, RawDocument):
            fields["url"] = fetched.url or link
            return replace(fetched, **fields), True
        if long_summary is not None:
            return _document(source + "-summary", long_summary, "html", encoding, fields), True
        reason = fetched.reason
        if words:
            reason += f"; the feed gives only a {words}-word summary, not used as the article"
        return Rejection(link, reason, fetched.kind), not fetched.transient
    if long_summary is not None:
        return _document(source + "-summary", long_summary, "html", encoding, fields), True
    hint = (
        "fetching linked articles is off (remove --no-linked-articles)"
        if link is not None
        else "the entry has no link to fetch the article from"
    )
    what = f"a {words}-word summary" if words else "no text"
    return (
        Rejection(
            source,
            f"feed gives only a summary ({what}, fewer than {SUMMARY_MIN_WORDS} words "
            f"are taken for a teaser); {hint}",
            "no_text",
        ),
        True,
    )


def _full_content(entry: Any) -> tuple[str, InputFormat] | None:
    best: tuple[str, InputFormat] | None = None
    for part in entry.get("content") or []:
        value = part.get("value")
        if not isinstance(value, str) or not value.strip():
            continue
        fmt: InputFormat = "html" if part.get("type", "text/html") in _HTML_CONTENT else "text"
        if best is None or (fmt == "html", len(value)) > (best[1] == "html", len(best[0])):
            best = (value, fmt)
    return best


def _document(
    source: str, text: str, fmt: InputFormat, encoding: str | None, fields: dict[str, Any]
) -> RawDocument:
    clean = text.replace("\x00", "")
    return RawDocument(
        source=source,
        content=clean,
        format=fmt,
        encoding=encoding,
        byte_size=len(clean.encode("utf-8", "surrogatepass")),
        **fields,
    )


def _published(entry: Any) -> str | None:
    for field in ("published", "updated", "created"):
        parsed = entry.get(f"{field}_parsed")
        if isinstance(parsed, time.struct_time):
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
    for field in ("published", "updated"):
        raw = _text(entry.get(field))
        if raw:
            return raw
    return None


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
