"""Plain, typed, serialisable records shared by every stage.

Each record is a frozen dataclass that a test can build by hand. Offsets are
character offsets (Python ``str`` indices). Stages never mutate a record; they
return new ones.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

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


@dataclass(frozen=True, slots=True)
class Story:
    """Reports of one story. Until clustering exists, all articles form one story."""

    id: str
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    """The result of one ``analyze`` run: the JSON document's top level."""

    articles: tuple[Article, ...]
    rejected: tuple[Rejection, ...]
    stories: tuple[Story, ...]
    schema_version: str = SCHEMA_VERSION
    inputs: int = 0
    generator: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form documented in ``docs/schema.md``."""
        return {
            "schema_version": self.schema_version,
            "generator": dict(self.generator),
            "inputs": self.inputs,
            "articles": [_article_dict(a) for a in self.articles],
            "rejected": [asdict(r) for r in self.rejected],
            "stories": [{"id": s.id, "article_ids": list(s.article_ids)} for s in self.stories],
        }


def _article_dict(article: Article) -> dict[str, Any]:
    data = asdict(article)
    data["captions"] = list(article.captions)
    data["cleaning"] = [asdict(step) for step in article.cleaning]
    return data
