"""WARC archives (``.warc``, ``.warc.gz``): HTML responses become raw documents.

A ``response`` record with HTTP status 200 and an HTML content type becomes
one :class:`~newsprism.model.RawDocument` (source ``FILE#TARGET-URI``, ``url``
the target URI). Every other record (requests, metadata, redirects, images,
CSS …) is skipped and counted; :class:`WarcCounts` holds the tally and the
log says it. A record body larger than ``max_bytes`` is rejected on its own;
the archive itself may be any size, as it is read as a stream.

``published``: the ``WARC-Date`` is when the page was *captured*, not when it
was published, and the clean stage trusts a document's ``published`` over
the page's own metadata. So the capture date is given only to pages that
declare no publication date of their own (``article:published_time``,
``datePublished``, ``<time datetime>`` …).
"""

from __future__ import annotations

import gzip
import logging
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]

from newsprism.model import RawDocument, Rejection
from newsprism.sources.pages import HTML_TYPES, decode_page, media_type

logger = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
_OWN_DATE = re.compile(
    rb"article:published_time|datePublished|<time[^>]+datetime|pubdate|dc\.date|"
    rb"name=[\"']?date[\"'\s>]",
    re.I,
)


@dataclass(slots=True)
class WarcCounts:
    """What one archive held: documents made, records rejected, records skipped by why."""

    documents: int = 0
    rejected: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def describe(self) -> str:
        """``3 documents, 0 rejected, 7 skipped (request: 4, image/png: 2, HTTP 301: 1)``."""
        parts = ", ".join(f"{why}: {n}" for why, n in sorted(self.skipped.items()))
        skipped = sum(self.skipped.values())
        tail = f" ({parts})" if parts else ""
        return f"{self.documents} documents, {self.rejected} rejected, {skipped} skipped{tail}"


def is_warc_name(name: str) -> bool:
    """True for names ending in ``.warc`` or ``.warc.gz``."""
    return name.lower().endswith(WARC_SUFFIXES)


def read_warc(
    path: Path, max_bytes: int, counts: WarcCounts | None = None
) -> Iterator[RawDocument | Rejection]:
    """Yield the HTML pages of a WARC archive; corruption ends the file with a rejection."""
    name = str(path)
    tally = counts if counts is not None else WarcCounts()
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Rejection(name, f"cannot be read ({exc.strerror or exc})", "unreadable")
        return
    records = 0
    corrupt = False
    with handle:
        if not _starts_like_warc(handle):
            yield Rejection(
                name,
                "not a WARC file (it does not start with a WARC/1.x record); check the file",
                "malformed",
            )
            return
        iterator = ArchiveIterator(handle)
        try:
            for record in iterator:
                records += 1
                if record.rec_headers.get_header("Content-Length") is None:
                    raise _Corrupt(f"record {records} has no Content-Length")
                item = _record_document(record, name, max_bytes, tally)
                if item is not None:
                    yield item
        except (_Corrupt, ArchiveLoadFailed, ValueError, EOFError, OSError, zlib.error) as exc:
            corrupt = True
            yield Rejection(
                name,
                f"WARC is corrupt after {records} records ({type(exc).__name__}: {exc}); "
                "the records before were read; check it with `warcio check`",
                "malformed",
            )
        if not corrupt and iterator.err_count:
            corrupt = True
            yield Rejection(
                name,
                f"WARC has {iterator.err_count} damaged record boundaries (a Content-Length "
                "does not match the data), so records near them may be missing; "
                "check it with `warcio check`",
                "malformed",
            )
    logger.info("%s: %s", name, tally.describe())
    if not corrupt and tally.documents == 0 and tally.rejected == 0:
        what = "an empty archive" if records == 0 else tally.describe()
        yield Rejection(
            name,
            f"no HTML response with status 200 in this WARC ({what})",
            "empty" if records == 0 else "no_text",
        )


class _Corrupt(Exception):
    pass


def _starts_like_warc(handle: BinaryIO) -> bool:
    head = handle.read(2)
    handle.seek(0)
    try:
        if head == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=handle, mode="rb") as unpacked:
                head = unpacked.read(5)
        else:
            head = handle.read(5)
    except (OSError, EOFError, zlib.error):
        return False
    finally:
        handle.seek(0)
    return head == b"WARC/"


def _record_document(
    record: Any, name: str, max_bytes: int, tally: WarcCounts
) -> RawDocument | Rejection | None:
    if record.rec_type != "response":
        tally.skipped[str(record.rec_type)] += 1
        return None
    if record.http_headers is None:
        tally.skipped["response without HTTP headers"] += 1
        return None
    status = str(record.http_headers.get_statuscode())
    if status != "200":
        tally.skipped[f"HTTP {status}"] += 1
        return None
    kind, charset = media_type(record.http_headers.get_header("Content-Type"))
    if kind not in HTML_TYPES:
        tally.skipped[kind or "no content type"] += 1
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    source = f"{name}#{uri or 'record'}"
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        tally.rejected += 1
        return Rejection(
            source,
            f"record larger than --max-bytes (> {max_bytes:,} bytes); raise --max-bytes to read it",
            "too_large",
        )
    decoded = decode_page(body, charset, source)
    if isinstance(decoded, Rejection):
        tally.rejected += 1
        return decoded
    tally.documents += 1
    captured = record.rec_headers.get_header("WARC-Date") or None
    return RawDocument(
        source=source,
        content=decoded.text.replace("\x00", ""),
        format="html",
        url=uri,
        published=None if _OWN_DATE.search(body) else captured,
        encoding=decoded.encoding,
        byte_size=len(body),
    )
