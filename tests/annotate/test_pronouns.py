"""Pronoun referents over plain candidates (``annotate.pronouns``); fictional names."""

from __future__ import annotations

from typing import Any

from newsprism.annotate.nlp import parse
from newsprism.annotate.pronouns import Candidate, person_keyer, resolve_pronoun
from newsprism.annotate.quotes import extract_quotes


def cand(at: int, name: str, gender: str | None, speaker: bool = False) -> Candidate:
    c = Candidate(at, name, None, at, at + len(name), gender, speaker=speaker)
    c.main = True
    return c


def test_two_full_names_sharing_a_surname_are_two_people() -> None:
    father = cand(10, "Gurdev Singh Sandhu", "m", speaker=True)
    daughter = cand(120, "Harpreet Kaur Sandhu", None)
    key = person_keyer([father, daughter])
    assert key(father) != key(daughter)
    assert key(cand(200, "Sandhu", None)) == "sandhu"  # the bare surname stays shared
    # her father's "he" is not hers: the daughter, of unknown gender, is the "she"
    found = resolve_pronoun("she", 300, [father, daughter], para_start=250)
    assert found is not None and found.name == "Harpreet Kaur Sandhu"


def test_one_name_in_two_forms_is_one_person() -> None:
    full, short = cand(10, "Thomas Reed", "m"), cand(90, "Tom Reed", None)
    key = person_keyer([full, short])
    assert key(full) == key(short) == "reed"


def test_the_one_person_of_the_paragraph_before_goes_on(nlp: Any) -> None:
    text = (
        "Two brothers accused of stealing from the rowing club they ran blamed each other.\n\n"
        "Dafydd Prowse, 52, and his brother Emrys Prowse, 49, deny fraud.\n\n"
        "Giving evidence, Dafydd Prowse said his brother had kept the books. “I trusted him "
        "completely,” he said.\n\n"
        "The next day his brother told the jury the opposite.\n\n"
        "“Dafydd signed every cheque himself,” he said."
    )
    found = extract_quotes(parse(nlp, [text])[0], "art")
    assert [q.speaker for q in found] == ["Dafydd Prowse", "Emrys Prowse"]


def test_an_executive_is_a_public_body_that_the_company_is_not() -> None:
    from newsprism.annotate.pronouns import public_body, resolve_org_description

    assert public_body("Workplace Safety Executive")
    orgs = ["Workplace Safety Executive", "Brindle & Carr Recycling Ltd"]
    assert resolve_org_description("company", orgs) == "Brindle & Carr Recycling Ltd"
