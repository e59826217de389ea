"""Input formats: which ones exist, how a file's format is recognised, how records are read.

A plain-text or HTML file is one report. A JSONL, JSON or CSV file holds one
report per record with the fields ``id``, ``text`` or ``html``, ``title``,
``url``, ``published`` and ``outlet``; a record that cannot be used becomes a
rejection of its own (``file.jsonl#L7``) and the other records still count.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any, Literal

from newsprism.model import InputFormat, RawDocument, Rejection

FileFormat = Literal["text", "html", "jsonl", "json", "csv"]

SUFFIXES: dict[str, FileFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
}
SUPPORTED = ", ".join(sorted(SUFFIXES)) + " (each also as .gz)"

_TEXT_FIELDS = ("text", "html")
_JSON_SHAPE = 'JSON must be an object, a list of objects or {"articles": [...]}'
_META_FIELDS = ("id", "title", "url", "published", "outlet")


def format_from_name(name: str) -> FileFormat | None:
    """The format a file name declares by its suffix (``.gz`` looked through), or None."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    dot = lower.rfind(".")
    if dot < 0 or "/" in lower[dot:]:
        return None
    return SUFFIXES.get(lower[dot:])


def sniff_format(text: str) -> FileFormat:
    """Guess the format of unnamed input (standard input) from its first characters."""
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p")):
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first_line = text.lstrip().split("\n", 1)[0]
        try:
            json.loads(first_line)
        except json.JSONDecodeError:
            return "json"
        return "jsonl"
    return "text"


def read_documents(
    text: str, fmt: FileFormat, source: str, encoding: str, byte_size: int
) -> Iterator[RawDocument | Rejection]:
    """Turn the decoded content of one file into raw documents and rejections."""
    if fmt in ("text", "html"):
        if not text.strip():
            yield Rejection(source, "empty file (only white space)", "empty")
            return
        doc_format: InputFormat = "html" if fmt == "html" else "text"
        yield RawDocument(
            source=source, content=text, format=doc_format, encoding=encoding, byte_size=byte_size
        )
        return
    if fmt == "jsonl":
        yield from _jsonl(text, source, encoding)
    elif fmt == "json":
        yield from _json(text, source, encoding)
    else:
        yield from _csv(text, source, encoding)


def _jsonl(text: str, source: str, encoding: str) -> Iterator[RawDocument | Rejection]:
    found = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = True
        where = f"{source}#L{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(where, f"not valid JSON ({exc.msg} at column {exc.colno})", "malformed")
            continue
        yield _record(record, where, encoding)
    if not found:
        yield Rejection(source, "empty file (no JSON lines)", "empty")


def _json(text: str, source: str, encoding: str) -> Iterator[RawDocument | Rejection]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejection(
            source,
            f"not valid JSON ({exc.msg} at line {exc.lineno}, col {exc.colno})",
            "malformed",
        )
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        yield _record(data, source, encoding)
        return
    if not isinstance(data, list):
        yield Rejection(
            source, 'JSON must be an object, a list of objects or {"articles": [...]}', "malformed"
        )
        return
    if not data:
        yield Rejection(source, "empty JSON list (no records)", "empty")
    for index, record in enumerate(data):
        yield _record(record, f"{source}#{index}", encoding)


def _csv(text: str, source: str, encoding: str) -> Iterator[RawDocument | Rejection]:
    csv.field_size_limit(1 << 30)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    if not reader.fieldnames or not set(_TEXT_FIELDS) & {
        f.strip().lower() for f in reader.fieldnames
    }:
        yield Rejection(source, "CSV has no 'text' or 'html' column in its header row", "malformed")
        return
    found = False
    try:
        for rowno, row in enumerate(reader, start=2):
            found = True
            clean_row = {(k or "").strip().lower(): v for k, v in row.items()}
            yield _record(clean_row, f"{source}#row{rowno}", encoding)
    except csv.Error as exc:
        yield Rejection(source, f"malformed CSV ({exc})", "malformed")
    if not found:
        yield Rejection(source, "CSV has a header but no rows", "empty")


def _record(record: Any, where: str, encoding: str) -> RawDocument | Rejection:
    if not isinstance(record, dict):
        return Rejection(where, "record is not a JSON object", "malformed")
    meta = {k: _as_str(record.get(k)) for k in _META_FIELDS}
    html = _as_str(record.get("html"))
    text = _as_str(record.get("text"))
    if text and text.strip():
        content, fmt = text, "text"
    elif html and html.strip():
        content, fmt = html, "html"
    elif "text" in record or "html" in record:
        return Rejection(where, "record's 'text'/'html' field is empty", "empty")
    else:
        return Rejection(where, "record has neither a 'text' nor an 'html' field", "malformed")
    return RawDocument(
        source=where,
        content=content,
        format="html" if fmt == "html" else "text",
        id=meta["id"],
        title=meta["title"],
        url=meta["url"],
        published=meta["published"],
        outlet=meta["outlet"],
        encoding=encoding,
        byte_size=len(content.encode("utf-8", "surrogatepass")),
    )


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None
