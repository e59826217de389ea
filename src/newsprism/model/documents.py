"""Records of the ingest and clean stages: inputs, rejections, cleaning steps, articles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SCHEMA_VERSION = "1.0"

InputFormat = Literal["text", "html"]

RejectionKind = Literal[
    "empty",
    "binary",
    "unsupported",
    "undecodable",
    "too_large",
    "decompression_limit",
    "malformed",
    "unreadable",
    "no_text",
]

StepKind = Literal[
    "html_extraction",
    "encoding",
    "lossy_mojibake",
    "chrome",
    "repeated_headline",
    "title",
    "dateline",
    "published",
    "byline",
    "caption",
    "whitespace",
]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input before cleaning: a file, or one record of a JSONL/CSV/JSON file.

    ``content`` is decoded text: plain text when ``format`` is ``"text"``,
    HTML markup when it is ``"html"``. Fields other than ``source`` and
    ``content`` are what the input itself declared (JSONL/CSV fields, HTML
    metadata comes later, from the clean stage).
    """

    source: str
    content: str
    format: InputFormat = "text"
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    encoding: str | None = None
    byte_size: int = 0


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that did not become an article, and why (in words a user understands)."""

    source: str
    reason: str
    kind: RejectionKind


@dataclass(frozen=True, slots=True)
class CleaningStep:
    """One change the clean stage made, with its evidence.

    ``pass_index`` orders the passes; within one pass every step's
    ``start``/``end`` is a span of the text *as it stood before that pass*
    (``text_before[start:end] == before``), spans of one pass never overlap,
    and ``after`` is what replaced them (``""`` for a removal). Replaying the
    steps pass by pass over ``Article.raw_text`` gives ``Article.text``.
    Steps with ``start is None`` describe a whole-document change (HTML
    extraction) that has no span in a text.
    """

    kind: StepKind
    pass_index: int
    start: int | None
    end: int | None
    before: str
    after: str
    reason: str
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned report: the body text plus the fields pulled out of it."""

    id: str
    source: str
    text: str
    raw_text: str
    format: InputFormat = "text"
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    dateline: str | None = None
    byline: str | None = None
    url: str | None = None
    captions: tuple[str, ...] = ()
    encoding: str | None = None
    cleaning: tuple[CleaningStep, ...] = ()
