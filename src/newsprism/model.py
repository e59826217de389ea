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


EntityType = Literal["person", "organization", "place", "group", "other"]
QuoteKind = Literal["direct", "partial", "scare"]
Granularity = Literal["time", "day", "week", "month", "year"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an entity: a span of ``Article.text`` of one article."""

    article_id: str
    start: int
    end: int
    text: str
    label: str  # the NER label it came from (PERSON, ORG, GPE, LOC, NORP, FAC)


@dataclass(frozen=True, slots=True)
class EntityFlag:
    """Something a reader should check about an entity, e.g. an alias that looks misspelt."""

    kind: str  # "possible_misspelling"
    alias: str
    confidence: float
    reason: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place of a story under one canonical name."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    flags: tuple[EntityFlag, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """Words in quotation marks, with who said them and the evidence for it.

    ``start``/``end`` span the quoted words (without the marks) in the
    article's text; ``speaker_start``/``speaker_end`` the name or description
    the speaker was resolved from; ``cue`` the speech verb or phrase.
    """

    id: str
    article_id: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None
    speaker_entity_id: str | None = None
    speaker_description: str | None = None
    cue: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    confidence: float = 1.0
    reason: str = ""


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A date or time in a report, resolved against that report's publication time."""

    id: str
    article_id: str
    text: str
    start: int
    end: int
    value: str | None  # ISO 8601 date or UTC datetime; None when it cannot be resolved
    granularity: Granularity
    inferred: bool = False  # True when the base publication time was borrowed from the story
    reason: str = ""


ProvenanceKind = Literal["near_duplicate", "reuse", "rewrite"]


@dataclass(frozen=True, slots=True)
class PassageMatch:
    """A sentence (or passage) of one report found again in another, with both spans."""

    source_start: int
    source_end: int
    copy_start: int
    copy_end: int
    similarity: float  # 0-1, 1.0 for an identical sentence


@dataclass(frozen=True, slots=True)
class Provenance:
    """Report ``copy_id`` reuses text of report ``source_id`` (who copied whom).

    ``direction`` says how the order was decided: ``published`` (the source
    was published first), or ``unknown`` (no usable times; the ids are then
    in input order and the pair must be read as undirected).
    """

    source_id: str
    copy_id: str
    kind: ProvenanceKind
    shared_sentences: int
    copy_sentences: int
    similarity: float
    direction: Literal["published", "unknown"]
    passages: tuple[PassageMatch, ...] = ()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Membership:
    """Why an article belongs to its story: the evidence of the clustering decision."""

    article_id: str
    score: float  # similarity to the story when it joined (1.0 for the article that started it)
    matched_article_id: str | None = None  # the most similar article already in the story
    shared_terms: tuple[str, ...] = ()
    shared_entities: tuple[str, ...] = ()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Story:
    """Reports of one story and what was found in them.

    Until clustering exists, all articles form one story.
    """

    id: str
    article_ids: tuple[str, ...]
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    duplicate_groups: tuple[tuple[str, ...], ...] = ()
    provenance: tuple[Provenance, ...] = ()
    membership: tuple[Membership, ...] = ()


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
            "stories": [_story_dict(s) for s in self.stories],
        }


def _article_dict(article: Article) -> dict[str, Any]:
    data = asdict(article)
    data["captions"] = list(article.captions)
    data["cleaning"] = [asdict(step) for step in article.cleaning]
    return data


def _story_dict(story: Story) -> dict[str, Any]:
    data = asdict(story)
    data["article_ids"] = list(story.article_ids)
    for entity in data["entities"]:
        entity["aliases"] = list(entity["aliases"])
        entity["roles"] = list(entity["roles"])
        entity["flags"] = list(entity["flags"])
        entity["mentions"] = list(entity["mentions"])
    data["quotes"] = list(data["quotes"])
    data["times"] = list(data["times"])
    data["entities"] = list(data["entities"])
    return data
