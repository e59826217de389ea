"""Records of the annotate and link stages: entities, quotes, times, provenance, membership."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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
    value: str | None  # ISO date/week/month/year, or local "YYYY-MM-DDTHH:MM"; None: unresolved
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
