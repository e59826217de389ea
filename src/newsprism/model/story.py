"""A story with everything found in it, and the top-level result of a run."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from newsprism.model.compare import (
    Claim,
    Difference,
    Erratum,
    QuoteGroup,
    SummarySentence,
    TimelineEvent,
)
from newsprism.model.documents import SCHEMA_VERSION, Article, Rejection
from newsprism.model.findings import Entity, Membership, Provenance, Quote, TimeExpression


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
    quote_groups: tuple[QuoteGroup, ...] = ()
    claims: tuple[Claim, ...] = ()
    differences: tuple[Difference, ...] = ()
    errata: tuple[Erratum, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    summary: tuple[SummarySentence, ...] = ()


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
