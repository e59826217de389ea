"""The compare stage: quotes, claims, differences, errata, timeline and summary across reports.

Public entry point: :func:`compare_story`. Each module reads the annotated
records of one story and returns new records; nothing here re-reads files.
Only the claim splitter parses sentences (tagger and parser), with the
pipeline the caller loaded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.language import Language

from newsprism.compare.claims import compare_claims
from newsprism.compare.errata import find_errata
from newsprism.compare.quote_groups import group_quotes
from newsprism.compare.summary import summarize
from newsprism.compare.timeline import build_timeline
from newsprism.model import Article, Story

__all__ = ["compare_story"]


def compare_story(
    story: Story, articles: Sequence[Article], nlp: Language | None = None, summary_size: int = 6
) -> Story:
    """The story with quote groups, claims, differences, errata, timeline and summary filled.

    Expects an annotated story (entities, quotes, times) and, for the
    independence counts, its provenance from the link stage. Differences are
    ordered most confident first.
    """
    quote_groups, quote_differences = group_quotes(story, articles)
    claims, claim_differences = compare_claims(story, articles, nlp)
    differences = sorted(
        (*quote_differences, *claim_differences), key=lambda d: (-d.confidence, d.id)
    )
    compared = dataclasses.replace(
        story,
        quote_groups=quote_groups,
        claims=claims,
        differences=tuple(differences),
        errata=find_errata(story, articles),
        timeline=build_timeline(story, articles),
    )
    return dataclasses.replace(compared, summary=summarize(compared, articles, n=summary_size))
