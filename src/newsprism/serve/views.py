"""Every page of the web UI as a pure function of the repository: no HTTP in here.

:class:`Views` turns a request's few parameters into a :class:`Page`
(status, media type, bytes), so the pages are tested without a server and
the HTTP layer (:mod:`.app`) stays a thin adapter. The dossier is the HTML
report's own story partial (``_story.html.j2``) fed by the report's own
story view, so the live page and ``report.html`` show the same thing.

Story pages are cached: rendering a 50-report dossier takes tens of
milliseconds, far too slow to repeat for every reader of a running story.
A cached page is keyed by the story's ``updated_at``, read from a snapshot
of the story list that is refreshed at most every ``refresh`` seconds, so a
story updated in the store is shown updated within that time.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from newsprism import __version__
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
_CACHE_SIZE = 256
_GZIP_MIN = 1024
_MARK = re.compile(r"^(\d{1,9})-(\d{1,9})$")


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

    def __init__(self, repository: Repository, *, refresh: float = 1.0) -> None:
        self.repository = repository
        self.refresh = refresh
        self._env = _environment()
        self._lock = threading.Lock()
        self._snapshot: tuple[float, list[StorySummaryLike], dict[str, str]] | None = None
        self._cache: OrderedDict[tuple[str, ...], Page] = OrderedDict()
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
        summaries, _ = self._summaries()
        data = stories_payload(summaries)
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
        """``/story/ID``: the dossier, live from the repository (cached per ``updated_at``)."""
        _, versions = self._summaries()
        version = versions.get(story_id)
        key = ("story", story_id, "json" if as_json else "html", version or "")
        if version is not None:
            with self._lock:
                cached = self._cache.get(key)
                if cached is not None:
                    self._cache.move_to_end(key)
                    return cached
        story = self.repository.story(story_id)
        if story is None:
            return self.not_found(f"/story/{story_id}", as_json=as_json, what="story")
        if as_json:
            page = _json(200, story_dict(story))
        else:
            articles = {a.id: a for a in map(self.repository.article, story.article_ids) if a}
            view = story_view(story, articles, 1)
            updated = published_label(version) if version else "just now"
            page = self._html(
                200,
                "story.html.j2",
                f"/story/{story_id}.json",
                view=view,
                updated=updated,
                article_base="/article/",
            )
        if version is not None:
            with self._lock:
                self._cache[key] = page
                while len(self._cache) > _CACHE_SIZE:
                    self._cache.popitem(last=False)
        return page

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
        data, found = article_payload(article, find_story(self.repository, article_id, story), span)
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

    def _summaries(self) -> tuple[list[StorySummaryLike], dict[str, str]]:
        """The story list, re-read from the repository at most every ``refresh`` seconds."""
        now = time.monotonic()
        with self._lock:
            snap = self._snapshot
        if snap is None or now - snap[0] >= self.refresh:
            summaries = list(self.repository.stories())
            snap = (now, summaries, {s.id: s.updated_at for s in summaries})
            with self._lock:
                self._snapshot = snap
        return snap[1], snap[2]

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
