"""Names and titles a quote calls someone by (``annotate.vocatives``)."""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.annotate.vocatives import addressed_names, addressed_office, addresses


@dataclass
class Said:
    name: str | None
    description: str | None


def test_a_name_opening_the_quote_or_one_of_its_sentences_is_called() -> None:
    assert addressed_names("Ms Okafor, you signed the order.") == [["Okafor"]]
    assert addressed_names("Thank you. Tobias, how long did it take?") == [["Tobias"]]


def test_a_name_closing_the_quote_is_called() -> None:
    assert addressed_names("You knew that in March, Mrs Delacroix-Penn.") == [["Delacroix-Penn"]]


def test_a_name_inside_a_sentence_is_not_called() -> None:
    assert addressed_names("I told Ms Okafor the order was signed.") == []
    # A capitalised word before a comma is only a candidate: the caller keeps it only when
    # it is a person's name the text has given.
    assert addressed_names("Yes, I did.") == [["Yes"]]


def test_addressing_the_last_speaker_by_title_or_name() -> None:
    judge = Said("Priya Ventham", "the coroner")
    assert addresses("I understand, ma'am. It was dark, your honour.", judge)
    assert not addresses("I understand, your honour.", Said("Owen Tarr", "the witness"))
    assert addresses("Mr Tarr, where were you?", Said("Owen Tarr", None))
    assert not addresses("Where were you?", Said("Owen Tarr", None))


def test_the_office_a_quote_calls_someone_by() -> None:
    assert addressed_office("Commissioner, you received a letter. Did you read it?") == (
        "commissioner"
    )
    assert addressed_office("It's a simple number, minister. How many?") == "minister"
    assert addressed_office("The minister will answer that.") is None
