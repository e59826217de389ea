"""Shared fixtures of the compare tests: the bundled example, analysed once per session."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from newsprism.model import Analysis, Article, Story

from ..conftest import EXAMPLES


@pytest.fixture(scope="session")
def ferry_analysis() -> Analysis:
    """The ferry example, annotated, with copies linked (all articles form one story)."""
    from newsprism.link import near_duplicate_groups, provenance
    from newsprism.options import Options
    from newsprism.pipeline import analyze

    analysis = analyze([str(EXAMPLES / "ferry")], Options(link=False))
    (story,) = analysis.stories
    articles = analysis.articles
    story = dataclasses.replace(
        story,
        duplicate_groups=tuple(tuple(g) for g in near_duplicate_groups(articles)),
        provenance=tuple(provenance(articles)),
    )
    return dataclasses.replace(analysis, stories=(story,))


@pytest.fixture(scope="session")
def ferry_story(ferry_analysis: Analysis) -> Story:
    return ferry_analysis.stories[0]


@pytest.fixture(scope="session")
def ferry_articles(ferry_analysis: Analysis) -> tuple[Article, ...]:
    return ferry_analysis.articles


@pytest.fixture(scope="session")
def ferry_truth() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / "ferry.truth.json").read_text("utf-8"))
    return data


@pytest.fixture(scope="session")
def seeds_analysis() -> Analysis:
    """The five seed reports of one real story, annotated once (skipped without ../shared)."""
    from newsprism.options import Options
    from newsprism.pipeline import analyze

    from ..conftest import require_shared

    seeds = require_shared("corpora", "seeds")
    return analyze([str(seeds)], Options(link=False))


@pytest.fixture(scope="session")
def compare_nlp() -> Any:
    """The spaCy pipeline for claim comparison (tagger and parser are what it runs)."""
    from newsprism.annotate import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def ferry_compared(
    ferry_story: Story, ferry_articles: tuple[Article, ...], compare_nlp: Any
) -> dict[str, Any]:
    """Claims and differences of the ferry example (``compare_claims``), computed once."""
    from newsprism.compare.claims import compare_claims

    claims, differences = compare_claims(ferry_story, ferry_articles, compare_nlp)
    return {"story": ferry_story, "articles": ferry_articles, "claims": claims,
            "differences": differences}  # fmt: skip


@pytest.fixture(scope="session")
def seeds_compared(seeds_analysis: Analysis, compare_nlp: Any) -> dict[str, Any]:
    """Claims and differences of the real seeds as one story (skipped without ../shared)."""
    from newsprism.compare.claims import compare_claims
    from newsprism.link import near_duplicate_groups, provenance

    articles = seeds_analysis.articles
    story = dataclasses.replace(
        seeds_analysis.stories[0],
        duplicate_groups=tuple(tuple(g) for g in near_duplicate_groups(articles)),
        provenance=tuple(provenance(articles)),
    )
    claims, differences = compare_claims(story, articles, compare_nlp)
    return {"story": story, "articles": articles, "claims": claims, "differences": differences}
