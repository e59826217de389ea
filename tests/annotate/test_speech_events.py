# ruff: noqa: E501
"""A paragraph that announces whose speech the quotes after it come from (``annotate.speech_events``). Fictional passages."""

from __future__ import annotations

from typing import Any

from newsprism.annotate.nlp import parse
from newsprism.annotate.quotes import extract_quotes


def speakers(nlp: Any, text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(parse(nlp, [text])[0], "art")]


def test_the_maker_of_a_closing_argument_speaks_the_quotes_after_it(nlp: Any) -> None:
    text = (
        "A prosecutor urged jurors on Monday to convict the founder of Tessellate Pay of fraud.\n\n"
        "In a closing argument that lasted three hours, Prosecutor Ingrid Vasquez-Holt walked jurors through the messages Gideon Marlowe sent before the company failed.\n\n"
        "“You have read his messages. Not ours. His.\n\n"
        "“He knew, and he kept taking the money.”"
    )
    assert speakers(nlp, text) == ["Ingrid Vasquez-Holt", "Ingrid Vasquez-Holt"]


def test_extracts_from_someones_remarks_are_theirs(nlp: Any) -> None:
    text = (
        "Below are extracts from the sentencing remarks of Judge Oluwaseun Barrington-Ede at Hallam Crown Court, where she jailed Dean Fothergill for nine years.\n\n"
        "“Dean Fothergill, please stand. You set fire to a house you knew was occupied.”"
    )
    assert speakers(nlp, text) == ["Oluwaseun Barrington-Ede"]
