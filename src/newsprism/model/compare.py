"""Records of the compare stage: quote groups, claims, differences, errata, timeline, summary."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """A span of one article's text: the evidence behind a compared finding."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Variant:
    """One wording or value of a finding, with the reports that carry it."""

    text: str
    article_ids: tuple[str, ...]
    spans: tuple[SourceSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """The same quotation as carried by several reports, wording variants aligned.

    ``diff`` marks the word-level difference of each variant against the first
    (``[-removed-]`` / ``{+added+}``); ``attribution_conflict`` is set when the
    same words are given to different speakers.
    """

    id: str
    speaker: str | None
    speaker_entity_id: str | None
    quote_ids: tuple[str, ...]
    variants: tuple[Variant, ...]
    diff: tuple[str, ...] = ()
    attribution_conflict: bool = False
    speakers: tuple[str, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Claim:
    """An atomic factual statement and how the story's reports treat it."""

    id: str
    text: str
    supporting: tuple[Variant, ...]
    differing: tuple[Variant, ...] = ()
    absent: tuple[str, ...] = ()  # article ids of reports that do not mention it
    single_source: bool = False
    independent_support: int = 0  # supporting reports, copies counted once
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Difference:
    """Reports stating one thing differently: date, number, name, place, negation, wording."""

    id: str
    kind: str  # date, number, name, place, negation, quote_wording, attribution, detail
    description: str
    variants: tuple[Variant, ...]
    confidence: float


@dataclass(frozen=True, slots=True)
class Erratum:
    """Something one report got wrong or left damaged, with a suggested correction."""

    article_id: str
    kind: str  # doubled_word, transposed_phrase, name_spelling, encoding_repaired, chrome_removed
    text: str
    start: int | None
    end: int | None
    suggestion: str | None
    reason: str = ""
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """An event with its resolved date, the reports that date it, and their wording."""

    date: str
    granularity: str
    text: str
    variants: tuple[Variant, ...]


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """One sentence of the cited summary, with the reports that support it."""

    text: str
    article_ids: tuple[str, ...]
    source: SourceSpan | None = None
    score: float = 0.0
