"""Differences between reports: real conflicts found, compatible detail never called one."""

from __future__ import annotations

from typing import Any

from newsprism.compare.claims import compare_claims
from newsprism.model import Difference

from .test_claims import FERRY_IDS, story_of

REPORTED = ("date", "number", "name", "place", "negation")


def confident(differences: tuple[Difference, ...]) -> list[Difference]:
    return [d for d in differences if d.kind in REPORTED and d.confidence >= 0.5]


def by_value(difference: Difference) -> dict[str, set[str]]:
    return {v.text: set(v.article_ids) for v in difference.variants}


def test_number_conflict(compare_nlp: Any) -> None:
    story, articles = story_of(
        compare_nlp,
        {
            "a": "Eight people died when the Tessel dam failed on Sunday evening.",
            "b": "Eight people died when the Tessel dam failed on Sunday.",
            "c": "Eleven people died when the Tessel dam failed on Sunday evening.",
        },
    )
    _, differences = compare_claims(story, articles, compare_nlp)
    (difference,) = confident(differences)
    assert difference.kind == "number"
    values = list(by_value(difference).values())
    assert {"a", "b"} in values and {"c"} in values
    assert "Eleven" in difference.description and "Eight" in difference.description


def test_rounded_numbers_and_times_agree(compare_nlp: Any) -> None:
    story, articles = story_of(
        compare_nlp,
        {
            "a": "The ferry overturned at about 18:40 with about 60 passengers on board.",
            "b": "The ferry overturned at 18:40 with 58 passengers on board.",
        },
    )
    _, differences = compare_claims(story, articles, compare_nlp)
    assert confident(differences) == []


def test_day_conflict(compare_nlp: Any) -> None:
    story, articles = story_of(
        compare_nlp,
        {
            "a": "The Morning Star capsized on the River Aske on Saturday evening.",
            "b": "The Morning Star capsized on the River Aske on Sunday evening.",
            "c": "The Morning Star capsized on the River Aske on Sunday evening, police said.",
        },
    )
    claims, differences = compare_claims(story, articles, compare_nlp)
    (difference,) = confident(differences)
    assert difference.kind == "date"
    assert {"a"} in by_value(difference).values()
    assert "Saturday" in difference.description and "Sunday" in difference.description
    capsized = next(c for c in claims if "capsized" in c.text)
    assert {i for v in capsized.differing for i in v.article_ids} == {"a"}


def test_same_day_in_other_words_is_no_conflict(compare_nlp: Any) -> None:
    story, articles = story_of(
        compare_nlp,
        {
            "a": "The Morning Star capsized on the River Aske on Sunday evening.",
            "b": "The Morning Star capsized on the River Aske on June 14.",
            "c": "The Morning Star capsized on the River Aske yesterday evening.",
        },
    )
    _, differences = compare_claims(story, articles, compare_nlp)
    assert [d for d in differences if d.kind in ("date", "detail")] == []


def test_negation_conflict(compare_nlp: Any) -> None:
    story, articles = story_of(
        compare_nlp,
        {
            "a": "Police arrested the master of the Morning Star on Monday.",
            "b": "Police did not arrest the master of the Morning Star on Monday.",
        },
    )
    _, differences = compare_claims(story, articles, compare_nlp)
    (difference,) = confident(differences)
    assert difference.kind == "negation"


def test_interview_recorded_and_aired_is_compatible(compare_nlp: Any) -> None:
    story, articles = story_of(
        compare_nlp,
        {
            "a": "Minister Arlo Venn told Kessel Radio on Sunday that the dam was safe.",
            "b": "Arlo Venn's interview with Kessel Radio, conducted on Wednesday, aired later.",
        },
    )
    _, differences = compare_claims(story, articles, compare_nlp)
    assert confident(differences) == []


def test_speech_on_two_days_is_detail_at_most(compare_nlp: Any) -> None:
    story, articles = story_of(
        compare_nlp,
        {
            "a": "Minister Arlo Venn told reporters at the Tessel dam on Sunday.",
            "b": "Minister Arlo Venn told reporters at the Tessel dam on Friday.",
        },
    )
    _, differences = compare_claims(story, articles, compare_nlp)
    assert confident(differences) == []
    assert all(d.kind == "detail" and d.confidence < 0.5 for d in differences)


# --- the ferry example and the seeds -------------------------------------------


def test_ferry_day_and_toll(ferry_compared: dict[str, Any]) -> None:
    found = confident(ferry_compared["differences"])
    kinds = sorted(d.kind for d in found)
    assert kinds == ["date", "number"], [d.description for d in found]
    date = next(d for d in found if d.kind == "date")
    values = by_value(date)
    saturday = next(ids for text, ids in values.items() if "Saturday" in text)
    sunday = next(ids for text, ids in values.items() if "Sunday" in text)
    assert saturday == {FERRY_IDS["lowmoor"]}
    assert sunday == set(FERRY_IDS.values()) - {FERRY_IDS["lowmoor"]}
    toll = next(d for d in found if d.kind == "number")
    values = by_value(toll)
    assert next(ids for text, ids in values.items() if "14" in text) == {FERRY_IDS["rk"]}
    twelve = next(ids for text, ids in values.items() if "12" in text)
    assert twelve == set(FERRY_IDS.values()) - {FERRY_IDS["rk"]}
    assert "12 + 2" in toll.description  # said honestly: 14 may count the missing


def test_seeds_no_false_contradiction(seeds_compared: dict[str, Any]) -> None:
    """004 dates Peskov's interview Wednesday, 001/002 his TV remarks Sunday: no conflict."""
    found = confident(seeds_compared["differences"])
    assert found == [], [d.description for d in found]
    for difference in seeds_compared["differences"]:
        if "Peskov" in difference.description:
            assert difference.kind == "detail" and difference.confidence < 0.5
