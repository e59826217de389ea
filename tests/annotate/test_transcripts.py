"""Who "I" is in a printed interview's answer (``annotate.transcripts``)."""

from __future__ import annotations

from typing import Any

from newsprism.annotate import pronouns as pr
from newsprism.annotate.nlp import parse
from newsprism.annotate.quotes import extract_quotes
from newsprism.annotate.transcripts import transcript_voice


def _speakers(nlp: Any, text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(parse(nlp, [text])[0], "art")]


def test_an_answer_labelled_a_is_the_interviewee(nlp: Any) -> None:
    text = (
        "Ingrid Vaskelund has been governor of the Norrhavn central bank since 2019. She "
        "spoke to the Ledger about inflation.\n\n"
        "Q: The finance minister accused the bank of sleeping. Was he right?\n\n"
        "A: Jonas is a friend. He rang me the next day. And I said, “Yes, Jonas, but you "
        "did not have to say it on the radio.”"
    )
    assert _speakers(nlp, text) == ["Ingrid Vaskelund"]


def test_an_answer_labelled_with_a_name_is_that_person(nlp: Any) -> None:
    text = (
        "In this episode of The Late Shift, Dafydd Price talks to Oluwaseun Adebayo, a "
        "paramedic for twenty years.\n\n"
        "DAFYDD: What call do you remember most?\n\n"
        "OLUWASEUN: A man in his hallway at three in the morning. When we sat him up I "
        "said, “Don't worry, sir, the taxi is on its way.”"
    )
    assert _speakers(nlp, text) == ["Oluwaseun Adebayo"]


def test_a_question_line_or_plain_text_names_nobody() -> None:
    people = [pr.Candidate(0, "Ingrid Vaskelund", None, 0, 16, main=True)]
    text = "Ingrid Vaskelund spoke.\n\nQ: And I said, hello?\n\nThe writer said I was late."
    assert transcript_voice(text, text.index("I said"), people) is None
    assert transcript_voice(text, text.index("I was"), people) is None


def test_initials_name_the_one_whose_initials_they_are() -> None:
    people = [
        pr.Candidate(0, "Ifeoma Ashworth", None, 0, 15, main=True),
        pr.Candidate(30, "Kofi Nyarko", None, 30, 41),
    ]
    text = "Ifeoma Ashworth spoke to Kofi Nyarko.\n\nKN: Where from?\n\nIA: I said no."
    assert transcript_voice(text, text.index("I said"), people) == "Ifeoma Ashworth"
    assert transcript_voice(text, text.index("Where"), people) == "Kofi Nyarko"
