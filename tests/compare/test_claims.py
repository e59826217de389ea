"""Claims across reports: agreement, absent reports, copies counted once, the ferry example."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.annotate import annotate_story
from newsprism.compare.claims import compare_claims
from newsprism.model import Article, Claim, Provenance, Story

PUBLISHED = "2026-06-15T09:00:00Z"  # a Monday: "on Sunday" is 2026-06-14

FERRY_IDS = {
    "courier": "a07102a463a154652",
    "northwire": "a9a74c2835ff62760",
    "valleypost": "afeb1eb031d627c5f",
    "harbourlight": "aa1077dab81151e0b",
    "asketoday": "abc29bf6e19e1b84a",
    "lowmoor": "lowmoor-20260615-ferry",
    "rk": "rk-20260616-0715",
}


def story_of(
    nlp: Any, texts: dict[str, str], provenance: tuple[Provenance, ...] = ()
) -> tuple[Story, list[Article]]:
    """A hand-written story, annotated for real (entities, times) so the fixture stays honest."""
    articles = [
        Article(id=i, source=f"{i}.txt", text=t, raw_text=t, outlet=i.upper(), published=PUBLISHED)
        for i, t in texts.items()
    ]
    story = Story(id="s-test", article_ids=tuple(texts), provenance=provenance)
    return annotate_story(story, articles, nlp), articles


def supporters(claim: Claim) -> set[str]:
    return {i for v in claim.supporting for i in v.article_ids}


def claim_with(claims: tuple[Claim, ...], words: str) -> Claim:
    for claim in claims:
        if words in claim.text:
            return claim
    raise AssertionError(f"no claim with {words!r} in {[c.text for c in claims]}")


def test_agreement_across_three_reports(compare_nlp: Any) -> None:
    story, articles = story_of(
        compare_nlp,
        {
            "a": "The Tessel dam failed on Sunday evening. Engineers had inspected it in May.",
            "b": "People fled. The Tessel dam failed on Sunday evening, officials said.",
            "c": "The Tessel dam failed late on Sunday evening after days of rain.",
        },
    )
    claims, differences = compare_claims(story, articles, compare_nlp)
    claim = claim_with(claims, "dam failed")
    assert supporters(claim) == {"a", "b", "c"}
    assert claim.independent_support == 3 and not claim.single_source
    assert not claim.differing and not claim.absent
    assert not [d for d in differences if d.confidence >= 0.5]
    for variant in claim.supporting:
        for span in variant.spans:
            text = next(a.text for a in articles if a.id == span.article_id)
            assert "dam failed" in text[span.start : span.end]


def test_absent_reports_are_listed(compare_nlp: Any) -> None:
    story, articles = story_of(
        compare_nlp,
        {
            "a": "The Tessel dam failed on Sunday evening.",
            "b": "The Tessel dam failed on Sunday evening.",
            "c": "The regional council approved a new budget for schools.",
        },
    )
    claims, _ = compare_claims(story, articles, compare_nlp)
    claim = claim_with(claims, "dam failed")
    assert claim.absent == ("c",)
    budget = claim_with(claims, "budget")
    assert budget.single_source and budget.independent_support == 1
    assert set(budget.absent) == {"a", "b"}


def test_copies_count_once(compare_nlp: Any) -> None:
    text = "The Tessel dam failed on Sunday evening. Four villages were flooded."
    copy = Provenance(
        source_id="a", copy_id="b", kind="near_duplicate", shared_sentences=2,
        copy_sentences=2, similarity=1.0, direction="published",
    )  # fmt: skip
    story, articles = story_of(
        compare_nlp,
        {"a": text, "b": text, "c": "Four villages were flooded after the rain."},
        provenance=(copy,),
    )
    claims, _ = compare_claims(story, articles, compare_nlp)
    dam = claim_with(claims, "dam failed")
    assert supporters(dam) == {"a", "b"}
    assert dam.independent_support == 1 and dam.single_source
    villages = claim_with(claims, "villages were flooded")
    assert supporters(villages) == {"a", "b", "c"} and villages.independent_support == 2


def test_quoted_words_are_not_claims(compare_nlp: Any) -> None:
    story, articles = story_of(
        compare_nlp,
        {"a": "“The dam was never inspected,” the mayor told reporters at City Hall on Sunday."},
    )
    claims, _ = compare_claims(story, articles, compare_nlp)
    assert claims and not any("inspected" in c.text for c in claims)
    assert any("told reporters" in c.text for c in claims)


# --- the ferry example ---------------------------------------------------------


def test_ferry_agreed_facts(ferry_compared: dict[str, Any]) -> None:
    claims = ferry_compared["claims"]
    ids = FERRY_IDS
    council = claim_with(claims, "emergency session on Wednesday")
    expected = {ids["courier"], ids["harbourlight"], ids["asketoday"], ids["lowmoor"], ids["rk"]}
    assert supporters(council) == expected
    warned = claim_with(claims, "warned the authority last Friday")
    assert supporters(warned) >= {ids["courier"], ids["asketoday"], ids["lowmoor"], ids["rk"]}
    assert supporters(warned) <= set(ids.values())
    survived = [c for c in claims if "Forty-seven" in c.text]
    assert survived and len(supporters(survived[0])) >= 5
    # Northern Wire and its Valley Post copy count once
    capsized = claim_with(claims, "capsized on the River Aske")
    both = {ids["northwire"], ids["valleypost"]}
    assert both <= supporters(capsized)
    assert capsized.independent_support == len(supporters(capsized)) - 1
    assert ids["lowmoor"] in {i for v in capsized.differing for i in v.article_ids}


@pytest.mark.parametrize("words", ["built in 1987", "killed five people", "four remain"])
def test_ferry_single_source_facts(ferry_compared: dict[str, Any], words: str) -> None:
    claim = claim_with(ferry_compared["claims"], words)
    assert claim.single_source
    assert claim.independent_support == 1
