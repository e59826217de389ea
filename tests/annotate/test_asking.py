"""Sentences of questioning: who asks whom (``annotate.asking``)."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.annotate.asking import questioning, sparring
from newsprism.annotate.nlp import parse
from newsprism.annotate.speakers import name_of


def parties(nlp: Any, sentence: str) -> tuple[str | None, str | None] | None:
    doc = parse(nlp, [sentence])[0]
    found = questioning(doc, list(doc))
    if found is None:
        return None
    _, asker, addressee = found
    return word(doc, asker), word(doc, addressee)


def word(doc: Any, token: Any) -> str | None:
    """A party as its last name's word ("Ambrose-Whyte", not the token "Whyte")."""
    if token is None:
        return None
    name = name_of(doc, token)
    return name.text.split()[-1] if name is not None else token.text


@pytest.mark.parametrize(
    ("sentence", "asker", "addressee"),
    [
        (
            "The committee's chair, Helena Morrow, asked the professor to explain the delay.",
            "Morrow",
            "professor",
        ),
        (
            "Councillor Abel Ferrante began by asking whether Ms Okafor had read the report.",
            "Ferrante",
            "Okafor",
        ),
        (
            "Dr Ines Varga was asked by Senator Paul Lindqvist why the grants went to them.",
            "Lindqvist",
            "Varga",
        ),
        (
            "Her barrister, Tomas Reid, put it to Ms Albright that the invoice was backdated.",
            "Reid",
            "Albright",
        ),
        ("Asked by Mr Osei whether he kept notes, the witness said he had.", "Osei", "witness"),
        ("Committee member Rhys Caddick pressed him on the bonus payments.", "Caddick", "him"),
        ("Cross-examining, Jonathan Askew, prosecuting, played the footage.", "Askew", None),
        ("Martin Cole KC, counsel to the inquiry, took her through the email.", "Cole", "her"),
        ("Mr Ambrose-Whyte showed him a 2012 letter to the association.", "Ambrose-Whyte", "him"),
        ("Asked what he would do now, Haskins shrugged.", None, "Haskins"),
        ("Under cross-examination by Mr Askew, Tariq Osman said he was scared.", "Askew", "Osman"),
    ],
)
def test_asker_and_addressee(
    nlp: Any, sentence: str, asker: str | None, addressee: str | None
) -> None:
    assert parties(nlp, sentence) == (asker, addressee)


def test_a_question_about_a_company_names_nobody_asked(nlp: Any) -> None:
    found = parties(nlp, "Ms Dunmore asked whether Halden Logistics had been warned in January.")
    assert found is not None and found[0] == "Dunmore"
    assert found[1] != "Logistics"


@pytest.mark.parametrize(
    "sentence",
    [
        "The inspectors examined the boiler twice in March.",
        "The council pressed on with the plan regardless.",
        "She took the children through the woods.",
        "She is the one patients ask for at 3am.",
        "Shares rose 4 per cent on Tuesday.",
        "Ines, a carer who asked that her surname not be used, sings to them.",
        "One porter, who asked not to be named, said the lifts were broken.",
    ],
)
def test_no_questioning(nlp: Any, sentence: str) -> None:
    assert parties(nlp, sentence) is None


def test_two_people_arguing_are_two_sides(nlp: Any) -> None:
    doc = parse(nlp, ["Dr Tully-Ng clashed repeatedly with Senator Morrow-Baird over the cost."])[0]
    found = sparring(doc, list(doc))
    assert found is not None and [word(doc, t) for t in found[1:]] == ["Tully-Ng", "Morrow-Baird"]


def test_a_name_asked_between_commas_is_the_one_asked(nlp: Any) -> None:
    found = parties(nlp, "Okonjo-Vale, asked whether he agreed, smiled thinly.")
    assert found == (None, "Okonjo-Vale")


def test_asking_that_a_name_be_withheld_questions_nobody() -> None:
    """The parse the small model gives this sentence inside a longer feature: "asked" with
    "Adjoa" as its subject and a that-clause - a request, not a question."""
    import spacy
    from spacy.tokens import Doc

    words = "Adjoa asked that her surname not be used".split()
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=["PROPN", "VERB", "SCONJ", "PRON", "NOUN", "PART", "AUX", "VERB"],
        tags=["NNP", "VBD", "IN", "PRP$", "NN", "RB", "VB", "VBN"],
        deps=["nsubj", "ROOT", "mark", "poss", "nsubjpass", "neg", "auxpass", "ccomp"],
        heads=[1, 1, 7, 4, 7, 7, 7, 1],
        ents=["B-PERSON", "O", "O", "O", "O", "O", "O", "O"],
    )
    assert questioning(doc, list(doc)) is None
