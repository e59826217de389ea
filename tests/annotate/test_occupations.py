# ruff: noqa: E501
"""A description of what someone does, and who did it (``annotate.occupations``). Fictional passages."""

from __future__ import annotations

from typing import Any

from newsprism.annotate.nlp import parse
from newsprism.annotate.occupations import agent_nouns
from newsprism.annotate.quotes import extract_quotes


def test_agent_nouns() -> None:
    assert "teacher" in agent_nouns("teach")
    assert "founder" in agent_nouns("found")
    assert "writer" in agent_nouns("write")
    assert "runner" in agent_nouns("run")
    assert "sailor" in agent_nouns("sail")
    assert "runner" not in agent_nouns("rain")


def speakers(nlp: Any, text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker, q.speaker_description) for q in extract_quotes(parse(nlp, [text])[0], "art")
    ]


def test_the_description_of_what_someone_did_is_them(nlp: Any) -> None:
    text = (
        "More than 300 former pupils filled the hall at Castlebrook Academy to say goodbye to Rosalind Achterberg-Nwosu, who taught chemistry there for 41 years.\n\n"
        '"I only ever wanted them to ask why," the retired teacher said.'
    )
    assert speakers(nlp, text) == [("Rosalind Achterberg-Nwosu", "the retired teacher")]


def test_a_word_for_an_age_is_whoever_turned_that_age(nlp: Any) -> None:
    text = (
        "Winifred Oyelaran-Marsh, who drove ambulances through the Blitz, turned 103 on Tuesday.\n\n"
        'Her grandson, Callum, 19, brought a cake. "She ate the candles\' share," Callum said.\n\n'
        '"I earned every one of them," the centenarian replied.'
    )
    assert speakers(nlp, text)[-1][0] == "Winifred Oyelaran-Marsh"
