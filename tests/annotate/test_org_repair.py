"""Organisation names the tagger cut in two (``annotate/org_repair``).

Docs are tokenised only, with entities set by hand: each test is one tagger mistake.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsprism.annotate.org_repair import repair_organisations


def doc_with(text: str, ents: list[tuple[str, str]]) -> Doc:
    doc = spacy.blank("en")(text)
    spans, start = [], 0
    for phrase, label in ents:
        start = text.index(phrase, start)
        span = doc.char_span(start, start + len(phrase), label=label)
        assert span is not None, phrase
        spans.append(span)
        start += len(phrase)
    doc.set_ents(spans)
    return doc


def labels(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_a_name_cut_after_of_joins_the_entity_after_it() -> None:
    doc = doc_with(
        "The National Space Agency of Veluria said so.",
        [("The National Space Agency of", "ORG"), ("Veluria", "GPE")],
    )
    repair_organisations(doc)
    assert labels(doc) == [("The National Space Agency of Veluria", "ORG")]
    assert doc.user_data["org_repairs"][0][2] == "name cut after 'of'"


def test_a_name_cut_after_of_takes_the_untagged_capitalised_words() -> None:
    doc = doc_with("The Red Cross of Castellane said tents.", [("The Red Cross of", "ORG")])
    repair_organisations(doc)
    assert labels(doc) == [("The Red Cross of Castellane", "ORG")]


def test_an_institution_takes_the_place_it_belongs_to_but_a_company_does_not() -> None:
    text = "The Ministry of Foreign Affairs of Kestria and Ardent Polymers of Leeds spoke."
    doc = doc_with(
        text,
        [
            ("The Ministry of Foreign Affairs", "ORG"),
            ("Kestria", "GPE"),
            ("Ardent Polymers", "ORG"),
            ("Leeds", "GPE"),
        ],
    )
    repair_organisations(doc)
    assert labels(doc) == [
        ("The Ministry of Foreign Affairs of Kestria", "ORG"),
        ("Ardent Polymers", "ORG"),
        ("Leeds", "GPE"),
    ]


def test_a_name_joining_two_things_with_and_is_one_organisation() -> None:
    text = (
        "The Alpine Snow and Avalanche Institute said so, as did Tom Reed and Avalanche Institute."
    )
    doc = doc_with(
        text,
        [("Avalanche Institute", "ORG"), ("Tom Reed", "PERSON"), ("Avalanche Institute", "ORG")],
    )
    for token in doc:
        token.pos_ = "PROPN" if token.is_title else "X"
    repair_organisations(doc)
    assert labels(doc) == [
        ("Alpine Snow and Avalanche Institute", "ORG"),
        ("Tom Reed", "PERSON"),
        ("Avalanche Institute", "ORG"),
    ]


def test_a_dateline_run_into_a_name_is_cut_off_at_its_dash() -> None:
    text = "AL-RAWDA CROSSING - Samira Abu-Zeid had been waiting. Rolls - Royce - Ltd said."
    doc = doc_with(
        text, [("AL-RAWDA CROSSING - Samira Abu-Zeid", "ORG"), ("Rolls - Royce - Ltd", "ORG")]
    )
    repair_organisations(doc)
    assert labels(doc) == [("Samira Abu-Zeid", "ORG"), ("Rolls - Royce - Ltd", "ORG")]
    assert doc.user_data["org_repairs"][0][2] == "a dateline cut off"


def test_repair_runs_once() -> None:
    doc = doc_with("The Red Cross of Castellane", [("The Red Cross of", "ORG")])
    repair_organisations(doc)
    first = labels(doc)
    repair_organisations(doc)
    assert labels(doc) == first
