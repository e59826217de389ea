"""The codec is the exact inverse of ``Analysis.to_dict`` for every nested record."""

from __future__ import annotations

import json

import pytest

from newsprism.model import Analysis, Article
from newsprism.store.codec import (
    CodecError,
    analysis_from_dict,
    article_from_dict,
    story_from_dict,
)


def test_round_trip_of_the_full_ferry_analysis(ferry: Analysis) -> None:
    data = ferry.to_dict()
    assert data["stories"] and data["stories"][0]["quotes"], "the example must exercise NLP"
    rebuilt = analysis_from_dict(data)
    assert rebuilt == ferry
    assert rebuilt.to_dict() == data


def test_round_trip_through_json_text(ferry: Analysis) -> None:
    """Through real JSON, where every tuple became a list."""
    data = json.loads(json.dumps(ferry.to_dict()))
    for article in data["articles"]:
        assert article_from_dict(article) in ferry.articles
    stories = [story_from_dict(s) for s in data["stories"]]
    assert tuple(stories) == ferry.stories
    assert json.loads(json.dumps(analysis_from_dict(data).to_dict())) == data


def test_every_story_field_is_filled_in_the_example(ferry: Analysis) -> None:
    """Guards the round trip's reach: the nested records it checks are really there."""
    story = ferry.stories[0]
    for name in ("entities", "quotes", "times", "provenance", "membership", "claims", "summary"):
        assert getattr(story, name), name


def test_missing_optional_fields_take_defaults() -> None:
    article = article_from_dict({"id": "a1", "source": "x.txt", "text": "T", "raw_text": "T"})
    assert article == Article(id="a1", source="x.txt", text="T", raw_text="T")


def test_unknown_and_missing_fields_are_errors() -> None:
    with pytest.raises(CodecError, match="unknown fields"):
        article_from_dict({"id": "a", "source": "s", "text": "", "raw_text": "", "extra": 1})
    with pytest.raises(CodecError, match="missing required field 'raw_text'"):
        article_from_dict({"id": "a", "source": "s", "text": ""})
