"""Ingest stage: every named input becomes raw documents or rejections, never an exception.

Public entry point: :func:`ingest`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from newsprism.ingest.decode import Decoded, decode_bytes, gunzip_limited, is_gzip
from newsprism.ingest.formats import SUPPORTED, format_from_name, read_documents, sniff_format
from newsprism.ingest.sources import Source, expand_sources
from newsprism.model import RawDocument, Rejection
from newsprism.options import Options

__all__ = ["ingest", "read_source"]


def ingest(
    names: Sequence[str], options: Options, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | Rejection]:
    """Read every file, folder, glob or ``-`` (standard input) in ``names``.

    Yields raw documents in a stable order, and a rejection with a reason for
    anything that cannot be read, so one bad file never stops a run.
    """
    for item in expand_sources(names):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_source(item, options, stdin)


def read_source(
    source: Source, options: Options, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | Rejection]:
    """Read one source: check its size, unpack gzip, decode, split by format."""
    fmt = format_from_name(source.name) if source.path is not None else None
    if source.path is not None and fmt is None and not source.name.lower().endswith(".gz"):
        yield Rejection(
            source.name, f"unsupported format (file suffix); supported: {SUPPORTED}", "unsupported"
        )
        return
    data = _read_bytes(source, options.max_bytes, stdin)
    if isinstance(data, Rejection):
        yield data
        return
    if is_gzip(data):
        unpacked = gunzip_limited(data, options.max_bytes, source.name)
        if isinstance(unpacked, Rejection):
            yield unpacked
            return
        data = unpacked
    elif source.name.lower().endswith(".gz"):
        yield Rejection(source.name, "named .gz but not gzip data", "malformed")
        return
    decoded = decode_bytes(data, source.name)
    if isinstance(decoded, Rejection):
        yield decoded
        return
    if fmt is None:
        if source.path is not None:
            yield Rejection(
                source.name, f"unsupported format inside .gz; supported: {SUPPORTED}", "unsupported"
            )
            return
        fmt = sniff_format(decoded.text)
    yield from read_documents(_strip_nul(decoded), fmt, source.name, decoded.encoding, len(data))


def _read_bytes(source: Source, limit: int, stdin: BinaryIO | None) -> bytes | Rejection:
    try:
        if source.path is None:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(limit + 1)
        else:
            size = source.path.stat().st_size
            if size > limit:
                return _too_large(source.name, limit, size)
            with source.path.open("rb") as handle:
                data = handle.read(limit + 1)
    except OSError as exc:
        return Rejection(source.name, f"cannot be read ({exc.strerror or exc})", "unreadable")
    if len(data) > limit:
        return _too_large(source.name, limit, None)
    return data


def _too_large(name: str, limit: int, size: int | None) -> Rejection:
    what = f"{size:,} bytes" if size is not None else "more than that"
    return Rejection(
        name,
        f"larger than --max-bytes ({what} > {limit:,}); raise --max-bytes to read it",
        "too_large",
    )


def _strip_nul(decoded: Decoded) -> str:
    return decoded.text.replace("\x00", "")
