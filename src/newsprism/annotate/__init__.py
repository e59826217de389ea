"""Annotate stage: entities, quotes and time expressions of the reports of one story.

Public entry point: :func:`annotate_story`. Each article is parsed once
(:func:`~newsprism.annotate.nlp.parse`) and read once for its mentions, quotes
and times (:mod:`~newsprism.annotate.findings`), in worker processes when
``n_process`` > 1 (:mod:`~newsprism.annotate.workers`); the story's entities
are then built from all mentions and quote speakers linked to them. The
caller loads the spaCy pipeline once
(:func:`~newsprism.annotate.nlp.load_pipeline`) and owns it.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Sequence

from spacy.language import Language

from newsprism.annotate.entities import build_entities
from newsprism.annotate.findings import QuoteExtractor
from newsprism.annotate.index import EntityIndex
from newsprism.annotate.nlp import ModelNotInstalledError, load_pipeline, parse
from newsprism.annotate.times import story_clock
from newsprism.annotate.workers import read_articles
from newsprism.errors import NewsprismError
from newsprism.model import Article, Quote, Story

__all__ = [
    "EntityIndex",
    "ModelNotInstalledError",
    "annotate_story",
    "load_pipeline",
    "parse",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def annotate_story(
    story: Story,
    articles: Sequence[Article],
    nlp: Language,
    *,
    n_process: int = 1,
    quote_extractor: QuoteExtractor | None = None,
) -> Story:
    """The story with ``entities``, ``quotes`` and ``times`` filled from its articles.

    ``articles`` may hold more than the story's; only those named in
    ``story.article_ids`` are read, in that order. Quote speakers are
    replaced by the canonical name of their entity (and its id) when the
    entity index resolves them. ``quote_extractor`` defaults to
    :func:`newsprism.annotate.quotes.extract_quotes`.
    """
    by_id = {a.id: a for a in articles}
    missing = [i for i in story.article_ids if i not in by_id]
    if missing:
        raise NewsprismError(
            f"story {story.id} names articles that were not passed: {', '.join(missing)}"
        )
    ordered = [by_id[i] for i in story.article_ids]
    extractor = quote_extractor or _default_extractor()
    found = read_articles(nlp, ordered, story_clock(ordered), extractor, n_process=n_process)
    entities = build_entities([m for f in found for m in f.mentions])
    index = EntityIndex(entities)
    return dataclasses.replace(
        story,
        entities=entities,
        quotes=tuple(_link_speaker(q, index) for f in found for q in f.quotes),
        times=tuple(t for f in found for t in f.times),
    )


def _default_extractor() -> QuoteExtractor:
    module = importlib.import_module("newsprism.annotate.quotes")
    extractor: QuoteExtractor = module.extract_quotes
    return extractor


def _link_speaker(quote: Quote, index: EntityIndex) -> Quote:
    """Speaker as the entity's canonical name: by the speaker's span first, then by the name."""
    if quote.speaker is None:
        return quote
    entity = None
    if quote.speaker_start is not None and quote.speaker_end is not None:
        entity = index.at(quote.article_id, quote.speaker_start, quote.speaker_end)
        if entity is not None and entity.type not in ("person", "organization"):
            entity = None
    if entity is None:
        entity = index.resolve(quote.speaker)
    if entity is None:
        return quote
    return dataclasses.replace(quote, speaker=entity.name, speaker_entity_id=entity.id)
