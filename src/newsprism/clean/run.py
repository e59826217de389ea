"""Clean stage: raw documents become articles, every change explained.

Public entry point: :func:`clean_documents`. Per document the passes run in
this order, each on the previous one's output and each recorded as
:class:`~newsprism.model.CleaningStep` s with spans:

1. HTML extraction (HTML inputs only; a whole-document step without span)
2. encoding repair (ftfy, typographic quotes kept)
3. lossy mojibake (characters implausible for the text, lost punctuation inferred)
4. site chrome (also lines repeated across reports of one outlet)
5. header fields: title, repeated headline, dateline, publication time, byline, captions
6. white space
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsprism.clean.chrome import chrome_edits, repeated_lines
from newsprism.clean.edits import apply_pass
from newsprism.clean.encoding import encoding_edits
from newsprism.clean.header import split_header
from newsprism.clean.html import extract_html
from newsprism.clean.ids import IdAllocator, content_id
from newsprism.clean.lossy import lossy_mojibake_edits
from newsprism.clean.published import parse_published
from newsprism.clean.whitespace import normalize_newlines, whitespace_edits
from newsprism.model import Article, CleaningStep, RawDocument, Rejection
from newsprism.options import Options

__all__ = ["clean_document", "clean_documents"]

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class _Prepared:
    raw: RawDocument
    base_text: str
    repaired: str
    steps: tuple[CleaningStep, ...]
    title: str | None
    author: str | None
    published: str | None
    url: str | None
    outlet: str | None


def clean_documents(
    raws: Sequence[RawDocument], options: Options, progress: Progress | None = None
) -> tuple[list[Article], list[Rejection]]:
    """Clean every raw document; the ones with no text left become rejections.

    Lines repeated across several reports of the same outlet are treated as
    that outlet's boilerplate, so the whole batch is looked at before any
    single report is finished.
    """
    prepared = [_prepare(raw) for raw in raws]
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for item in prepared:
        if item.outlet:
            by_outlet[item.outlet.casefold()].append(item.repaired)
    boiler = {
        outlet: repeated_lines(texts) for outlet, texts in by_outlet.items() if len(texts) > 1
    }
    ids = IdAllocator()
    articles: list[Article] = []
    rejected: list[Rejection] = []
    for item in prepared:
        repeated = boiler.get(item.outlet.casefold(), frozenset()) if item.outlet else frozenset()
        result = _finish(item, repeated, ids)
        (rejected if isinstance(result, Rejection) else articles).append(result)  # type: ignore[arg-type]
        if progress is not None:
            progress(1)
    return articles, rejected


def clean_document(raw: RawDocument, options: Options | None = None) -> Article | Rejection:
    """Clean one document on its own (no cross-report boilerplate evidence)."""
    articles, rejected = clean_documents([raw], options or Options())
    return articles[0] if articles else rejected[0]


def _prepare(raw: RawDocument) -> _Prepared:
    steps: list[CleaningStep] = []
    title, author, published, url = raw.title, None, None, raw.url
    outlet = raw.outlet
    if raw.format == "html":
        extract = extract_html(raw.content, raw.url)
        base = normalize_newlines(extract.text)
        steps.append(
            CleaningStep(
                kind="html_extraction",
                pass_index=0,
                start=None,
                end=None,
                before="",
                after="",
                reason=f"main text taken from HTML by {extract.method}",
            )
        )
        title = title or extract.title
        author = extract.author
        published = extract.date
        url = url or extract.url
        outlet = outlet or extract.sitename
    else:
        base = normalize_newlines(raw.content)
    outlet = outlet or _host(url)
    text = base
    for index, make in ((1, encoding_edits), (2, lossy_mojibake_edits)):
        text, new_steps = apply_pass(text, make(text), index)
        steps.extend(new_steps)
    return _Prepared(raw, base, text, tuple(steps), title, author, published, url, outlet)


def _finish(item: _Prepared, repeated: frozenset[str], ids: IdAllocator) -> Article | Rejection:
    raw = item.raw
    steps = list(item.steps)
    text, new_steps = apply_pass(item.repaired, chrome_edits(item.repaired, repeated), 3)
    steps.extend(new_steps)
    header, edits = split_header(text, known_title=item.title)
    text, new_steps = apply_pass(text, edits, 4)
    steps.extend(new_steps)
    text, new_steps = apply_pass(text, whitespace_edits(text), 5)
    steps.extend(new_steps)
    if not text.strip():
        return Rejection(
            raw.source,
            "no article text left after cleaning (only boilerplate or markup)",
            "no_text",
        )
    published, published_source = _published(raw, item, header.published)
    return Article(
        id=ids.allocate(raw.id or content_id(raw.content)),
        source=raw.source,
        text=text,
        raw_text=item.base_text,
        format=raw.format,
        outlet=item.outlet,
        title=item.title or header.title,
        published=published,
        published_source=published_source,
        dateline=header.dateline,
        byline=header.byline or item.author,
        url=item.url,
        captions=header.captions,
        encoding=raw.encoding,
        cleaning=tuple(steps),
    )


def _published(
    raw: RawDocument, item: _Prepared, from_text: str | None
) -> tuple[str | None, str | None]:
    """The most precise publication time found, ties broken by trust.

    Trust order: the input's own field, the HTML metadata, the text. A full
    time beats a bare date (HTML metadata often gives only the day while the
    page prints the minute). A time without a zone is reduced to its date: the
    field promises UTC and a zone must not be invented.
    """
    candidates: list[tuple[str, str]] = []
    for value, where in ((raw.published, "input"), (item.published, "html_metadata")):
        parsed = parse_published(value) if value else None
        if parsed:
            candidates.append((parsed, where))
    if from_text:
        candidates.append((from_text, "text"))
    candidates = [(_utc_or_date(value), where) for value, where in candidates]
    for value, where in candidates:
        if value.endswith("Z"):
            return value, where
    if candidates:
        return candidates[0]
    return None, None


def _utc_or_date(value: str) -> str:
    return value if value.endswith("Z") or "T" not in value else value[:10]


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host.removeprefix("www.")
