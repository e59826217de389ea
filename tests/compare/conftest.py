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
