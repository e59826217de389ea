# ruff: noqa: E501
"""The lede's unnamed subject and the name the next paragraphs give it (``annotate.ledes``).
Fictional passages."""

from __future__ import annotations

from typing import Any

from newsprism.annotate import speakers as sp
from newsprism.annotate.ledes import lede_name
from newsprism.annotate.nlp import parse
from newsprism.annotate.quotes import extract_quotes


def quotes(nlp: Any, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.reason) for q in extract_quotes(parse(nlp, [text])[0], "art")]


def named_later(nlp: Any, text: str) -> str | None:
    doc = parse(nlp, [text])[0]
    subject = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    found = lede_name(doc, subject, sp.phrase_of(doc, subject))
    return found.text if found is not None else None


def test_the_witness_of_the_lede_is_the_person_named_next(nlp: Any) -> None:
    text = (
        "A witness in the trial of a man accused of setting fire to a boatyard has admitted she waited a week before telling police what she saw.\n\n"
        "Morwenna Tregaskis, 52, lives in a cottage overlooking the slipway at Polwithen. Gideon Rowe, 41, denies arson.\n\n"
        "Cross-examined by Anselm Fairclough KC, she said she had been frightened.\n\n"
        '"I knew him. Everyone knows everyone there," the witness said.'
    )
    assert quotes(nlp, text)[-1][0] == "Morwenna Tregaskis"


def test_a_dateline_comes_before_the_lede(nlp: Any) -> None:
    text = (
        "PORT AUBIN, N.B. — A provincial court judge has ordered a ferry operator to refund every passenger stranded during last summer's strike.\n\n"
        "Justice Anne-Marie Robichaud-Lévesque ruled that the operator had broken its own terms of carriage.\n\n"
        '"A ticket is a promise," the judge wrote.'
    )
    assert quotes(nlp, text)[-1][0] == "Anne-Marie Robichaud-Lévesque"


def test_another_unnamed_person_in_the_lede_leaves_it_open(nlp: Any) -> None:
    text = (
        "A coroner has found that a 23-year-old climber who fell on Carn Dubh was failed by the rescue service.\n\n"
        "Ailsa Morrow died in February after waiting six hours for a helicopter.\n\n"
        "Senior coroner Fergus Lindqvist said the delay had been avoidable."
    )
    assert named_later(nlp, text) is None


def test_someone_speaking_in_another_role_is_not_the_lede(nlp: Any) -> None:
    text = (
        "A cyclist has died after a collision with a lorry on the Harwood bypass.\n\n"
        "Inspector Callum Mbeki said the road would stay closed overnight and appealed for dashcam footage."
    )
    assert named_later(nlp, text) is None


def test_a_gender_that_does_not_fit_is_someone_else(nlp: Any) -> None:
    text = (
        "A mother of three has been cleared of stealing from the charity shop where she volunteered.\n\n"
        "Thomas Bellweather, 34, the shop's manager, had reported the missing money."
    )
    assert named_later(nlp, text) is None


def test_a_plea_is_no_other_speaker(nlp: Any) -> None:
    text = (
        'A financial planner accused of taking £800,000 from retired clients has told a jury he "never kept a penny".\n\n'
        "Simon Farrow-Hart, 49, of Mill Lane, Arnsby, denies nine counts of fraud."
    )
    assert named_later(nlp, text) == "Simon Farrow-Hart"


def test_the_lede_noun_as_a_later_title_names_the_subject(nlp: Any) -> None:
    text = (
        "A senator has accused the head of the national lottery board of treating parliament with contempt.\n\n"
        "Board chair Dr Anselm Kovačević-Reid clashed with Senator Philippa Ngata-Moore over the cost of a failed ticketing system.\n\n"
        '"You have had three months to find this figure," the senator said.'
    )
    assert quotes(nlp, text)[-1][0] == "Philippa Ngata-Moore"


def test_the_lede_noun_as_what_someone_later_does_names_the_subject(nlp: Any) -> None:
    text = (
        "A lorry driver who turned across the path of a cyclist has told an inquest he checked his mirrors twice.\n\n"
        "Dr Anselm Whitcombe-Oduya, 52, a surgeon, died at the junction of Tanner Street and the quay in March.\n\n"
        "Radek Wiśniewski-Holt, who was driving a tipper lorry for a haulage firm, said he never saw the bicycle.\n\n"
        "“I looked, I indicated, I looked again,” the lorry driver said."
    )
    assert quotes(nlp, text)[-1][0] == "Radek Wiśniewski-Holt"
