"""Every page of the web UI as a pure function of the repository: no HTTP in here.

:class:`Views` turns a request's few parameters into a :class:`Page`
(status, media type, bytes), so the pages are tested without a server and
the HTTP layer (:mod:`.app`) stays a thin adapter. The dossier is the HTML
report's own story partial (``_story.html.j2``) fed by the report's own
story view, so the live page and ``report.html`` show the same thing.

Story pages are cached: rendering a 50-report dossier takes hundreds of
milliseconds, far too slow to repeat for every reader of a running story.
A cached page is kept with the story's ``updated_at`` (the stamp ``newsprism
add`` writes when it changes a story), read from a snapshot of the story list
that is refreshed at most every ``refresh`` seconds, so a story updated in
the store is shown updated within that time (plus one render). Under load:

- :meth:`Views.cached_story` answers a cache hit from memory alone, without
  blocking, so the HTTP layer can call it on the event loop and skip the
  thread pool for the common case;
- one reader renders a new version while the others keep getting the
  previous one (no stampede of identical renders when a story changes);
- one reader at a time re-reads the story list; the others keep the snapshot
  they have meanwhile.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from newsprism import __version__
from newsprism.model import Story
from newsprism.render.html import (
    environment,
    outlet_label,
    published_label,
    safe_url,
    story_view,
)
from newsprism.serve.highlight import Highlight, mark_up
from newsprism.serve.payloads import (
    article_payload,
    find_story,
    search_payload,
    stories_payload,
    story_dict,
)
from newsprism.serve.repository import Repository, StorySummaryLike

HTML = "text/html; charset=utf-8"
JSON = "application/json"
CSS = "text/css; charset=utf-8"
_CACHE_SIZE = 256  # rendered pages
_STORY_CACHE_SIZE = 16  # decoded dossiers (a 50-report one is a few MB in memory)
_GZIP_MIN = 1024
_MARK = re.compile(r"^(\d{1,9})-(\d{1,9})$")


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """The story list as read at ``taken`` (clock seconds), with each story's ``updated_at``."""

    taken: float
    summaries: list[StorySummaryLike]
    versions: dict[str, str]


@dataclass(frozen=True, slots=True)
class Page:
    """A response body and what the HTTP layer needs to send it."""

    status: int
    media_type: str
    body: bytes
    etag: str | None = None
    cacheable: bool = False  # may the browser keep it (static assets only)
    gzipped: bytes | None = None  # the body compressed once, for clients that accept gzip


class Views:
    """The pages of one repository. Thread-safe: the server calls it from a thread pool."""

    def __init__(
        self,
        repository: Repository,
        *,
        refresh: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.repository = repository
        self.refresh = refresh
        self._clock = clock
        self._env = _environment()
        self._lock = threading.Lock()  # guards the dicts below; held for dict operations only
        self._refreshing = threading.Lock()  # one reader at a time re-reads the story list
        self._snapshot: _Snapshot | None = None
        # (story id, "html"|"json") -> (the story's updated_at when rendered, page), LRU order
        self._cache: OrderedDict[tuple[str, str], tuple[str, Page]] = OrderedDict()
        self._rendering: dict[tuple[str, str], threading.Lock] = {}  # one render per page
        # (story id, updated_at) -> the decoded dossier, LRU order
        self._stories: OrderedDict[tuple[str, str], Story] = OrderedDict()
        css = (
            [self._env.loader.get_source(self._env, n)[0] for n in _CSS] if self._env.loader else []
        )
        self._css = _page(200, CSS, "\n".join(css).encode(), cacheable=True)

    # -- pages ------------------------------------------------------------------------------

    def stylesheet(self) -> Page:
        """The report's stylesheet plus the web UI's additions, as one file."""
        return self._css

    def stories(self, *, as_json: bool = False) -> Page:
        """``/``: every story, newest first, with its outlets and a coverage bar."""
        data = stories_payload(self._summaries().summaries)
        if as_json:
            return _json(200, data)
        most = max(data["outlets"], 1)
        rows = []
        for row in data["stories"]:
            n = len(row["outlets"])
            first, last = row["first_published"], row["last_published"]
            shown = (
                published_label(first)
                if first == last
                else f"{published_label(first)} – {published_label(last)}"
            )
            rows.append(
                {
                    **row,
                    "n_outlets": n,
                    "bar": round(120 * n / most, 1),
                    "published": shown if first else "—",
                    "updated": published_label(row["updated_at"]),
                }
            )
        return self._html(200, "stories.html.j2", "/stories.json", data=data, rows=rows)

    def story(self, story_id: str, *, as_json: bool = False) -> Page:
        """``/story/ID``: the dossier, live from the repository (cached per ``updated_at``).

        May block (it reads the repository and renders): call it from a worker
        thread, after :meth:`cached_story` found nothing.
        """
        version = self._summaries().versions.get(story_id)
        if version is None:  # no such story, or one newer than the snapshot: not cached
            return self._render_story(story_id, as_json, None)
        key = (story_id, "json" if as_json else "html")
        with self._lock:
            entry = self._cache.get(key)
            render = self._rendering.setdefault(key, threading.Lock())
        if entry is not None and entry[0] == version:
            return entry[1]
        # Another reader is rendering this page: keep showing the previous version
        # meanwhile, or wait for the new one when there is none.
        if not render.acquire(blocking=entry is None):
            assert entry is not None
            return entry[1]
        try:
            with self._lock:
                entry = self._cache.get(key)
            if entry is not None and entry[0] == version:  # rendered while this one waited
                return entry[1]
            page = self._render_story(story_id, as_json, version)
            if page.status == 200:
                with self._lock:
                    self._cache[key] = (version, page)
                    self._cache.move_to_end(key)
                    while len(self._cache) > _CACHE_SIZE:
                        self._cache.popitem(last=False)
            return page
        finally:
            render.release()

    def cached_story(self, story_id: str, *, as_json: bool = False) -> Page | None:
        """The dossier page from memory, or None when :meth:`story` must read or render.

        Never blocks on the repository, so it is safe on an event loop. A hit
        is the page of the story's current ``updated_at`` (as of a snapshot
        at most ``refresh`` seconds old), or the previous page while another
        reader renders the new one.
        """
        snap = self._snapshot
        if snap is None:
            return None
        if self._clock() - snap.taken >= self.refresh and not self._refreshing.locked():
            return None  # stale, and nobody is re-reading it: a worker thread will
        version = snap.versions.get(story_id)
        if version is None:
            return None
        key = (story_id, "json" if as_json else "html")
        with self._lock:
            entry = self._cache.get(key)
            if entry is None:
                return None
            render = self._rendering.get(key)
            if entry[0] == version or (render is not None and render.locked()):
                self._cache.move_to_end(key)
                return entry[1]
        return None

    def _story(self, story_id: str) -> Story | None:
        """A story's dossier, decoded once per ``updated_at`` and kept for the article pages.

        Decoding a 50-report dossier from the store takes hundreds of
        milliseconds; every article page of the story needs it (its findings).
        """
        version = self._summaries().versions.get(story_id)
        if version is None:
            return self.repository.story(story_id)
        key = (story_id, version)
        with self._lock:
            story = self._stories.get(key)
            if story is not None:
                self._stories.move_to_end(key)
                return story
        story = self.repository.story(story_id)
        if story is not None:
            with self._lock:
                self._stories[key] = story
                while len(self._stories) > _STORY_CACHE_SIZE:
                    self._stories.popitem(last=False)
        return story

    def _render_story(self, story_id: str, as_json: bool, version: str | None) -> Page:
        story = self._story(story_id)
        if story is None:
            return self.not_found(f"/story/{story_id}", as_json=as_json, what="story")
        if as_json:
            return _json(200, story_dict(story))
        articles = {a.id: a for a in map(self.repository.article, story.article_ids) if a}
        view = story_view(story, articles, 1)
        updated = published_label(version) if version else "just now"
        return self._html(
            200,
            "story.html.j2",
            f"/story/{story_id}.json",
            view=view,
            updated=updated,
            article_base="/article/",
        )

    def article(
        self,
        article_id: str,
        *,
        as_json: bool = False,
        story: str | None = None,
        mark: str | None = None,
    ) -> Page:
        """``/article/ID``: the text with quotes, names, differences, errata and chrome in place."""
        article = self.repository.article(article_id)
        if article is None:
            return self.not_found(f"/article/{article_id}", as_json=as_json, what="report")
        span = _parse_mark(mark, len(article.text))
        found_story = find_story(self.repository, article_id, story, self._story)
        data, found = article_payload(article, found_story, span)
        if as_json:
            return _json(200, data)
        return self._html(
            200,
            "article.html.j2",
            f"/article/{article_id}.json",
            data=data,
            marked=mark_up(article.text, found),
            mark=span,
            label=outlet_label(article),
            published=published_label(article.published),
            url=safe_url(article.url),
        )

    def search(self, query: str, *, as_json: bool = False) -> Page:
        """``/search?q=``: phrase search over the reports' text and quotes."""
        data = search_payload(self.repository, query)
        if as_json:
            return _json(200, data)
        titles: dict[str, str] = {}
        hits = []
        for hit in data["hits"]:
            aid = hit["article_id"]
            if aid not in titles:
                article = self.repository.article(aid)
                titles[aid] = (article.title if article else None) or aid
            hits.append(
                {
                    **hit,
                    "title": titles[aid],
                    "href": _hit_href(hit),
                    "snippet": _mark_query(hit["snippet"], data["query"]),
                }
            )
        href = "/search.json?q=" + _quote(data["query"])
        return self._html(200, "search.html.j2", href, data=data, hits=hits, query=data["query"])

    def not_found(self, path: str, *, as_json: bool = False, what: str = "page") -> Page:
        """A friendly 404: says what was not found and where to go instead."""
        message = f"No such {what}"
        if as_json:
            return _json(404, {"error": "not_found", "message": f"{message}: {path}", "path": path})
        return self._html(404, "not_found.html.j2", "/stories.json", message=message, path=path)

    # -- helpers ----------------------------------------------------------------------------

    def _summaries(self) -> _Snapshot:
        """The story list, re-read from the repository at most every ``refresh`` seconds.

        One caller re-reads it; callers meanwhile keep the snapshot there is
        (only the very first caller of all has none and waits).
        """
        snap = self._snapshot
        if snap is not None and self._clock() - snap.taken < self.refresh:
            return snap
        if not self._refreshing.acquire(blocking=snap is None):
            assert snap is not None
            return snap
        try:
            snap = self._snapshot
            now = self._clock()
            if snap is None or now - snap.taken >= self.refresh:
                summaries = list(self.repository.stories())
                versions = {s.id: s.updated_at for s in summaries}
                snap = _Snapshot(now, summaries, versions)
                self._snapshot = snap
            return snap
        finally:
            self._refreshing.release()

    def _html(self, status: int, name: str, json_href: str, **context: Any) -> Page:
        template = self._env.get_template(f"serve/{name}")
        body = template.render(json_href=json_href, version=__version__, **context).encode()
        return _page(status, HTML, body)


_CSS = ("report.css", "serve/serve.css")


def _environment() -> Environment:
    return environment()


def _json(status: int, data: Any) -> Page:
    return _page(status, JSON, json.dumps(data, ensure_ascii=False, indent=1).encode())


def _page(status: int, media_type: str, body: bytes, *, cacheable: bool = False) -> Page:
    """A page with its ETag, and gzipped when large: a 50-report dossier is 440 KB of HTML
    but 20 KB compressed, and sending the bytes is most of the cost of a cached page."""
    gz = gzip.compress(body, compresslevel=6, mtime=0) if len(body) >= _GZIP_MIN else None
    return Page(status, media_type, body, _etag(body), cacheable, gz)


def _etag(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


def _parse_mark(mark: str | None, size: int) -> tuple[int, int] | None:
    """``?mark=START-END`` from a search result, ignored unless it is a span of the text."""
    found = _MARK.match(mark or "")
    if not found:
        return None
    start, end = int(found[1]), int(found[2])
    return (start, end) if 0 <= start < end <= size else None


def _quote(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")


def _hit_href(hit: dict[str, Any]) -> str:
    """Link of a search hit: the article, in its story, the match marked and scrolled to."""
    href = "/article/" + _quote(hit["article_id"])
    params = []
    if hit["story_id"]:
        params.append("story=" + _quote(hit["story_id"]))
    start, end = hit["start"], hit["end"]
    spanned = start is not None and end is not None and end > start
    if spanned:
        params.append(f"mark={start}-{end}")
    query = "?" + "&".join(params) if params else ""
    return href + query + ("#match" if spanned else "")


def _mark_query(snippet: str, query: str) -> Markup:
    """The snippet with each query word marked where a word starts (pieces escaped by mark_up).

    The store matches every word, the last also as a prefix, so words are
    marked one by one rather than the phrase.
    """
    words = [re.escape(w) for w in re.findall(r"\w+", query)]
    if not words:
        return mark_up(snippet, [])
    pattern = re.compile(r"\b(?:" + "|".join(words) + r")\w*", re.IGNORECASE)
    found = [
        Highlight("match", m.start(), m.end(), "search match") for m in pattern.finditer(snippet)
    ]
    return mark_up(snippet, found)
