"""Statements read out for someone else (``annotate.read_out``)."""

from __future__ import annotations

from typing import Any

from newsprism.annotate import read_out
from newsprism.annotate.nlp import parse


def author_of(nlp: Any, text: str) -> str | None:
    doc = parse(nlp, [text])[0]
    found = read_out.author(doc, "statement", len(text), lambda _: False)
    return read_out.phrase(found) if found is not None else None


def test_a_statement_read_on_behalf_of_the_family_is_the_family_s(nlp: Any) -> None:
    text = "Outside court, his sister read a statement on behalf of the family."
    assert author_of(nlp, text) == "the family"


def test_the_author_keeps_its_of_phrase(nlp: Any) -> None:
    text = "A solicitor read a statement on behalf of the families of the victims."
    assert author_of(nlp, text) == "the families of the victims"


def test_a_statement_made_on_behalf_of_others_is_not_read_out(nlp: Any) -> None:
    text = "Kit Quayle said in a statement on behalf of the family that his father had died."
    assert author_of(nlp, text) is None
