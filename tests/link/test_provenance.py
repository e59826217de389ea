"""Passage provenance: hand-written fictional reports, the bundled example and the seeds."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from newsprism.link import near_duplicate_groups, provenance, split_sentences
from newsprism.model import Analysis, Article
from newsprism.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
FERRY = ROOT / "examples" / "ferry"

S = [
    "Flooding forced the evacuation of 340 residents from the Lowbeck district of Harnmoor on "
    "Saturday night after the River Fell burst its banks, the county emergency service said.",
    "Water reached the first floors of about 120 homes on Mill Lane and Carter Row, and two care "
    "homes were moved to the sports hall at Harnmoor Academy.",
    "“We expect the river to peak again on Monday morning, so people should not return yet,” "
    "said Dana Whitlow, a spokeswoman for the emergency service.",
    "A pumping station at Fell Bridge failed shortly after midnight, according to the water "
    "company, which said engineers were working to restart it.",
    "Rainfall in the upper valley reached 96 millimetres in 24 hours, the highest total recorded "
    "there since the station opened in 1961.",
    "Residents on Carter Row said the warning sirens sounded only after the water had already "
    "entered their gardens.",
    "The county council has opened a help line and said emergency payments of 500 crowns per "
    "household would be available from Tuesday.",
    "“Nobody has been hurt, and that is what matters tonight,” Whitlow said.",
]
REUSE = [
    "Hundreds of people spent Sunday in emergency shelters in Harnmoor as the River Fell kept "
    "rising.",
    S[1],
    "Local volunteers handed out blankets and hot food at the sports hall throughout the day.",
    S[3],
    S[5],
    "The town's mayor, Olav Grint, visited the shelter in the afternoon and thanked the "
    "volunteers.",
]
REWRITE = [
    "The county emergency service said 340 residents of Harnmoor's Lowbeck district were "
    "evacuated on Saturday night when the River Fell burst its banks.",
    "About 120 homes on Mill Lane and Carter Row were flooded to the first floor, and two care "
    "homes were moved to the Harnmoor Academy sports hall.",
    "Dana Whitlow, spokeswoman for the emergency service, said: “We expect the river to peak "
    "again on Monday morning, so people should not return yet.”",
    "The water company said a pumping station at Fell Bridge failed just after midnight and that "
    "engineers were trying to restart it.",
    "In the upper valley 96 millimetres of rain fell in 24 hours, the highest total recorded at "
    "the station since it opened in 1961.",
    "According to residents of Carter Row, the warning sirens sounded only when the water was "
    "already in their gardens.",
    "The county council opened a help line and said households could claim emergency payments "
    "of 500 crowns from Tuesday.",
    S[7],
]
QUOTE_D = [
    "The River Fell burst its banks in Harnmoor late on Saturday, flooding streets in the "
    "Lowbeck district.",
    "Emergency crews went door to door with boats to reach elderly residents.",
    "“We expect the river to peak again on Monday morning, so people should not return yet,” "
    "said Dana Whitlow of the county emergency service.",
    "Farmers upstream reported losing sheep and hay to the water.",
    "“Nobody has been hurt, and that is what matters tonight,” Whitlow said.",
    "A clean-up is expected to take weeks.",
]
QUOTE_E = [
    "Residents of Lowbeck were told to stay away from their homes on Sunday as flood water "
    "lingered in the town's lower streets.",
    "“We expect the river to peak again on Monday morning, so people should not return yet,” "
    "Dana Whitlow, the emergency service's spokeswoman, told reporters.",
    "Insurers said they had received dozens of claims by Sunday afternoon.",
    "“Nobody has been hurt, and that is what matters tonight,” Whitlow said.",
    "Schools in the district will stay closed on Monday.",
]


def _article(id_: str, sentences: list[str], published: str | None = None) -> Article:
    text = " ".join(sentences[:2]) + "\n\n" + " ".join(sentences[2:])
    return Article(id=id_, source=f"{id_}.txt", text=text, raw_text=text, published=published)


def test_split_sentences_keeps_offsets_and_abbreviations() -> None:
    text = "  Mr. Grint met Dr. J. Holm at 9 a.m. in St. Ives. “Go,” he said!\n\nNext line here."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Mr. Grint met Dr. J. Holm at 9 a.m. in St. Ives.",
        "“Go,” he said!",
        "Next line here.",
    ]


def test_reuse_of_three_sentences_with_both_spans() -> None:
    source = _article("wire", S, "2026-03-01T08:00:00Z")
    copy = _article("paper", REUSE, "2026-03-01T11:30:00+01:00")
    [record] = provenance([copy, source])  # input order does not decide direction
    assert (record.source_id, record.copy_id, record.kind) == ("wire", "paper", "reuse")
    assert record.direction == "published"
    assert record.shared_sentences == 3 and record.copy_sentences == len(REUSE)
    for match, sentence in zip(record.passages, [S[1], S[3], S[5]], strict=True):
        assert source.text[match.source_start : match.source_end] == sentence
        assert copy.text[match.copy_start : match.copy_end] == sentence
        assert match.similarity == 1.0
    assert "reporter's prose" in record.reason


def test_direction_from_times_and_unknown_without() -> None:
    early = _article("b", REUSE, "2026-03-01T06:00:00Z")
    late = _article("a", S, "2026-03-01T09:00:00Z")
    [timed] = provenance([late, early])
    assert (timed.source_id, timed.copy_id, timed.direction) == ("b", "a", "published")
    [untimed] = provenance([_article("x", REUSE), _article("y", S)])
    assert (untimed.source_id, untimed.copy_id, untimed.direction) == ("x", "y", "unknown")
    assert "undirected" in untimed.reason


def test_reworded_copy_in_the_same_order_is_a_rewrite() -> None:
    source = _article("wire", S, "2026-03-01T08:00:00Z")
    rewrite = _article("blog", REWRITE, "2026-03-01T10:00:00Z")
    [record] = provenance([source, rewrite])
    assert (record.source_id, record.copy_id, record.kind) == ("wire", "blog", "rewrite")
    assert record.shared_sentences >= 6
    assert [m.source_start for m in record.passages] == sorted(
        m.source_start for m in record.passages
    )
    assert near_duplicate_groups([source, rewrite]) == []  # beyond what MinHash sees


def test_same_spokesperson_quotes_are_not_a_copy() -> None:
    d = _article("daily", QUOTE_D, "2026-03-01T08:00:00Z")
    e = _article("evening", QUOTE_E, "2026-03-01T18:00:00Z")
    source = _article("wire", S, "2026-03-01T07:00:00Z")
    assert provenance([d, e]) == []
    assert provenance([source, d, e]) == []


def test_deterministic_and_order_independent_with_times() -> None:
    docs = [
        _article("wire", S, "2026-03-01T08:00:00Z"),
        _article("paper", REUSE, "2026-03-01T11:00:00Z"),
        _article("blog", REWRITE, "2026-03-01T10:00:00Z"),
        _article("daily", QUOTE_D, "2026-03-01T09:00:00Z"),
    ]
    first = provenance(docs)
    assert first == provenance(docs[::-1]) == provenance(docs)
    assert [(p.source_id, p.copy_id) for p in first] == [("wire", "blog"), ("wire", "paper")]


@cache
def _ferry() -> Analysis:
    return analyze([str(FERRY)])


def test_ferry_example_finds_the_syndicated_rewrite_and_nothing_else() -> None:
    truth = json.loads((ROOT / "examples" / "ferry.truth.json").read_text(encoding="utf-8"))
    by_file = {a.source.rsplit("/", 1)[-1]: a.id for a in _ferry().articles}
    expected = {(by_file[c["original"]], by_file[c["copy"]]) for c in truth["copies"]}
    found = provenance(_ferry().articles)
    assert {(p.source_id, p.copy_id) for p in found} == expected
    [record] = found
    assert record.kind in {"reuse", "rewrite"}
    assert record.direction == "unknown"  # the Valley Post prints no time
    assert record.shared_sentences >= 12
    assert near_duplicate_groups(_ferry().articles) == []


@pytest.mark.shared
def test_seeds_are_independent_reports() -> None:
    seeds = SHARED / "corpora" / "seeds"
    if not seeds.exists():
        pytest.skip(f"{seeds} is absent (../shared is only beside a developer's or CI's checkout)")
    articles = analyze([str(seeds)]).articles
    assert len(articles) == 5
    assert near_duplicate_groups(articles) == []
    assert near_duplicate_groups(articles, threshold=0.3) == []
    assert provenance(articles) == []  # they share Peskov's quotes, not each other's prose


def test_copy_of_nearly_every_sentence_is_a_near_duplicate() -> None:
    source = _article("wire", S, "2026-03-01T08:00:00Z")
    own = "Our reporter saw the water still rising along Mill Lane late on Sunday evening."
    copy = _article("site", [*S[:7], own], "2026-03-01T09:00:00Z")
    [record] = provenance([copy, source])
    assert (record.source_id, record.copy_id, record.kind) == ("wire", "site", "near_duplicate")
    assert (record.shared_sentences, record.copy_sentences) == (7, 8)
