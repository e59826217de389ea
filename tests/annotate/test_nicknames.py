"""Names the text says someone goes by (``annotate.nicknames``); fictional sentences."""

from __future__ import annotations

from newsprism.annotate.nicknames import nicknames


def test_known_as_and_to_everyone_give_the_full_name() -> None:
    text = (
        "Rosalind Achebe-Grant, known to the whole estate as “Roz”, runs the shop. "
        "Court usher Margaret Doherty, Maggie to everyone in the building, retires. "
        "Sir Tobias Wren, known as Toby, said so."
    )
    assert nicknames(text) == {
        "Roz": "Rosalind Achebe-Grant",
        "Maggie": "Margaret Doherty",
        "Toby": "Tobias Wren",
    }


def test_other_appositives_are_no_nicknames() -> None:
    text = "Rosalind Achebe-Grant, chair of the committee, said Leeds to everyone's surprise."
    assert nicknames(text) == {}
