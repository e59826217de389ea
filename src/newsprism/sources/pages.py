"""What fetched bytes are (feed, HTML page, something else) and how they become text.

The charset follows the HTML rules: a byte-order mark wins, then the
``Content-Type`` header's ``charset``, then a ``<meta>`` declaration in the
first bytes, then :func:`newsprism.ingest.decode.decode_bytes` (strict UTF-8,
else detection). ``iso-8859-1``, ``latin-1`` and ``ascii`` labels mean
windows-1252, as browsers read them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Literal

from newsprism.ingest.decode import Decoded, decode_bytes, looks_binary
from newsprism.model import Rejection, RejectionKind

Kind = Literal["feed", "html", "other"]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "ascii", "us-ascii"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_PROLOG = re.compile(
    rb"^(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|<\?[^>]*\?>)*", re.S | re.I
)
_FEED_ROOT = re.compile(rb"^<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S
)


@dataclass(frozen=True, slots=True)
class Failure:
    """Why one fetch gave nothing; ``transient`` failures (timeouts, 5xx) may work later."""

    reason: str
    kind: RejectionKind
    transient: bool = False

    def rejection(self, source: str) -> Rejection:
        """The failure as the rejection of ``source``."""
        return Rejection(source, self.reason, self.kind)


def media_type(content_type: str | None) -> tuple[str, str | None]:
    """``text/html; charset=UTF-8`` → (``"text/html"``, ``"utf-8"``)."""
    if not content_type:
        return "", None
    parts = content_type.split(";")
    charset = None
    for param in parts[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return parts[0].strip().lower(), charset


def sniff_kind(body: bytes, content_type: str) -> Kind:
    """Feed, HTML page or other, by the content first and the media type second.

    Servers often label feeds ``text/html`` or ``text/plain`` and pages
    ``text/xml``, so the document's root element decides when it is clear.
    """
    head = body[:4096]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:64]:
        head = head.decode("utf-16", "ignore").encode("utf-8", "ignore")
    start = head.lstrip()
    prolog = _PROLOG.match(start)
    rest = start[prolog.end() :] if prolog else start
    if _FEED_ROOT.match(rest):
        return "feed"
    if _HTML_START.match(rest) or _HTML_START.match(start):
        return "html"
    if content_type in HTML_TYPES and rest.startswith(b"<"):
        return "html"
    return "other"


def decode_page(body: bytes, charset: str | None, source: str) -> Decoded | Rejection:
    """Decode an HTML page by BOM, declared charset, ``<meta>`` charset, then detection."""
    if any(body.startswith(bom) for bom in _BOMS) or not body.strip():
        return decode_bytes(body, source)
    if looks_binary(body):
        return decode_bytes(body, source)
    for label in (charset, _meta_charset(body)):
        if not label:
            continue
        name = "windows-1252" if label.lower() in _WINDOWS_1252 else label
        try:
            codecs.lookup(name)
            return Decoded(body.decode(name), codecs.lookup(name).name)
        except (LookupError, UnicodeDecodeError):
            continue
    return decode_bytes(body, source)


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", "ignore").lower() if match else None
