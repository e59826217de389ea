"""Whether a span's words make a person's full name (``annotate/full_names``)."""

from __future__ import annotations

from typing import Any

from newsprism.annotate.full_names import full_name
from newsprism.annotate.person_words import first_names

from .test_person_repair import doc_with


def _full(doc: Any, phrase: str) -> bool:
    ent = next(e for e in doc.ents if e.text == phrase)
    return full_name(ent, first_names(), set())


def test_a_name_either_gender_has_makes_a_full_name() -> None:
    doc = doc_with(
        "Maxime Delorme and Sasha Petrenko spoke.",
        [("Maxime Delorme", "ORG"), ("Sasha Petrenko", "ORG")],
    )
    assert _full(doc, "Maxime Delorme") and _full(doc, "Sasha Petrenko")


def test_a_common_word_or_a_short_name_does_not() -> None:
    doc = doc_with(
        "Rainbow Haven and Ash Wire spoke.", [("Rainbow Haven", "ORG"), ("Ash Wire", "ORG")]
    )
    assert not _full(doc, "Rainbow Haven") and not _full(doc, "Ash Wire")


def test_a_place_after_a_preposition_of_place_is_no_one(nlp: Any) -> None:
    doc = nlp(
        "The widow from Ashby Fields said the show in Yuki Tanabe-Morrison's studio was good."
    )
    place = doc.char_span(doc.text.index("Ashby"), doc.text.index(" said"))
    hers = doc.char_span(doc.text.index("Yuki"), doc.text.index("'s"))
    assert place is not None and hers is not None
    assert not full_name(place, first_names(), set())
    assert full_name(hers, first_names(), set())
