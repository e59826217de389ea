"""Bytes to text: size limits, gzip without bombs, binary sniffing, encoding detection.

Text is decoded as UTF-8 when it is valid UTF-8 (the common case and the only
safe guess); otherwise the encoding is *detected* with charset-normalizer.
Nothing is ever decoded by falling back to latin-1, which turns any byte soup
into plausible-looking garbage.
"""

from __future__ import annotations

import codecs
import zlib
from dataclasses import dataclass

from charset_normalizer import from_bytes

from newsprism.model import Rejection

_SNIFF = 8192
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and the encoding it was decoded from."""

    text: str
    encoding: str


def is_gzip(data: bytes) -> bool:
    """True when the bytes start with the gzip magic number."""
    return data[:2] == _GZIP_MAGIC


def gunzip_limited(data: bytes, limit: int, source: str) -> bytes | Rejection:
    """Decompress gzip data, refusing to produce more than ``limit`` bytes.

    Decompression stops as soon as the limit is passed, so a gzip bomb costs
    at most ``limit`` bytes of memory. Concatenated gzip members are read too.
    """
    out = bytearray()
    rest = data
    try:
        while rest:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            chunk = inflater.decompress(rest, limit + 1 - len(out))
            out += chunk
            if len(out) > limit or inflater.unconsumed_tail:
                return Rejection(
                    source,
                    f"decompressed size exceeds the limit of {limit:,} bytes "
                    "(possible gzip bomb); raise --max-bytes if the file is genuine",
                    "decompression_limit",
                )
            if not inflater.eof:
                return Rejection(source, "truncated gzip data", "malformed")
            rest = inflater.unused_data
            if rest and not is_gzip(rest):
                break
    except zlib.error as exc:
        return Rejection(source, f"corrupt gzip data ({exc})", "malformed")
    return bytes(out)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KiB, without a UTF-16/32 BOM."""
    head = data[:_SNIFF]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 50)


def decode_bytes(data: bytes, source: str) -> Decoded | Rejection:
    """Decode bytes to text by BOM, then strict UTF-8, then detection."""
    if not data.strip():
        return Rejection(source, "empty file (no text at all)", "empty")
    if looks_binary(data):
        return Rejection(
            source,
            "binary data, not text (images, PDFs, archives are not read)",
            "binary",
        )
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name.replace("-sig", ""))
            except UnicodeDecodeError:
                break
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return Rejection(
            source,
            "could not detect the text encoding (not valid UTF-8 and no other encoding fits); "
            "convert the file to UTF-8",
            "undecodable",
        )
    text = str(best)
    if _too_many_controls(text):
        return Rejection(source, "binary data, not text", "binary")
    return Decoded(text, best.encoding)


def _too_many_controls(text: str) -> bool:
    sample = text[:_SNIFF]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return bad > max(8, len(sample) // 50)
