"""Names (URLs of pages or feeds, WARC paths) to raw documents or rejections."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsprism.model import RawDocument, Rejection
from newsprism.sources.feeds import feed_documents
from newsprism.sources.fetch import ACCEPT_ANY, ACCEPT_PAGE, Fetcher, Response
from newsprism.sources.options import FetchOptions
from newsprism.sources.pages import Failure, decode_page, sniff_kind
from newsprism.sources.warc import is_warc_name, read_warc

_READS = "newsprism reads HTML pages, RSS/Atom feeds and .warc/.warc.gz files"


def fetch_documents(
    names: Sequence[str], options: FetchOptions
) -> Iterator[RawDocument | Rejection]:
    """Read every URL (page or feed, told apart by content) and WARC file in ``names``.

    Yields raw documents in input order (a feed's entries in feed order), and
    a rejection naming the URL or file and what to do for anything that
    cannot be read; one bad name never stops the others.
    """
    with Fetcher(options) as fetcher:
        yield from iter_documents(names, fetcher)


def iter_documents(
    names: Sequence[str], fetcher: Fetcher, seen: set[str] | None = None
) -> Iterator[RawDocument | Rejection]:
    """:func:`fetch_documents` with a given fetcher and an optional memory of seen entries.

    ``seen`` (used by ``watch``) skips feed entries and unchanged pages read
    before, and is updated with what is read now.
    """
    for name in names:
        try:
            if name.lower().startswith(("http://", "https://")):
                yield from _read_url(name, fetcher, seen)
            elif is_warc_name(name):
                yield from read_warc(Path(name), fetcher.options.max_bytes)
            else:
                yield Rejection(
                    name, f"not an http(s):// URL or a WARC file; {_READS}", "unsupported"
                )
        except Exception as exc:  # one bad name never stops the others
            yield Rejection(
                name,
                f"unexpected error ({type(exc).__name__}: {exc}); please report it",
                "unreadable",
            )


def fetch_page(fetcher: Fetcher, url: str) -> RawDocument | Failure:
    """One HTML page as a raw document (source: ``url``; ``url``: where it ended up)."""
    result = fetcher.get(url, ACCEPT_PAGE)
    if isinstance(result, Failure):
        return result
    if sniff_kind(result.body, result.media_type) != "html":
        return _not_readable(result)
    return _page_document(url, result)


def _read_url(
    url: str, fetcher: Fetcher, seen: set[str] | None
) -> Iterator[RawDocument | Rejection]:
    result = fetcher.get(url, ACCEPT_ANY)
    if isinstance(result, Failure):
        yield result.rejection(url)
        return
    kind = sniff_kind(result.body, result.media_type)
    if kind == "feed":
        follow = fetcher.options.fetch_linked_articles
        yield from feed_documents(
            result.body,
            result.content_type,
            result.url,
            fetch_article=(lambda link: fetch_page(fetcher, link)) if follow else None,
            seen=seen,
        )
        return
    if kind != "html":
        yield _not_readable(result).rejection(url)
        return
    page = _page_document(url, result)
    if isinstance(page, Failure):
        yield page.rejection(url)
        return
    if seen is not None:
        digest = hashlib.sha256(page.content.encode("utf-8", "surrogatepass")).hexdigest()
        key = f"page:{url} {digest}"
        if key in seen:
            return
        seen.add(key)
    yield page


def _page_document(url: str, result: Response) -> RawDocument | Failure:
    decoded = decode_page(result.body, result.charset, url)
    if isinstance(decoded, Rejection):
        return Failure(decoded.reason, decoded.kind)
    return RawDocument(
        source=url,
        content=decoded.text.replace("\x00", ""),
        format="html",
        url=result.url,
        encoding=decoded.encoding,
        byte_size=len(result.body),
    )


def _not_readable(result: Response) -> Failure:
    what = result.media_type or "no content type"
    return Failure(f"not an HTML page or an RSS/Atom feed ({what}); {_READS}", "unsupported")
